package jpus.taskforce.portal.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.search.SearchResults.FacetCount;

/**
 * Full-text search over both languages with multi-select facets.
 * <p>
 * Facets follow the usual multi-select rule: values are OR-ed within a facet and AND-ed across
 * facets, and each facet's counts ignore that facet's own selection, so a reader still sees the
 * other values they could add. That needs Elasticsearch's {@code post_filter} and filtered
 * aggregations, which the Hibernate Search DSL reaches through its Elasticsearch extension.
 */
@ApplicationScoped
public class DocumentSearch {

    private static final Logger LOG = Logger.getLogger(DocumentSearch.class);
    private static final int FACET_SIZE = 100;
    private static final float BIGRAM_WEIGHT = 0.5f;
    private static final Set<SimpleQueryFlag> READER_SYNTAX = Set.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE,
            SimpleQueryFlag.ESCAPE);

    @Inject
    SearchSession session;

    public SearchResults search(SearchRequest request) {
        try {
            return QuarkusTransaction.joiningExisting().call(() -> execute(request));
        } catch (SearchException e) {
            throw translate(e);
        }
    }

    private SearchResults execute(SearchRequest request) {
        Map<Facet, AggregationKey<JsonObject>> facetKeys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facetKeys.put(facet, AggregationKey.of(facet.parameter()));
        }
        JsonObject postFilter = facetFilter(request, null);

        var query = session.search(Document.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.composite(hitProjections(f)))
                .where((f, root) -> {
                    root.add(f.match().field(SearchFields.VISIBILITY).matching(Visibility.PUBLIC));
                    if (request.hasQuery()) {
                        root.add(f.simpleQueryString()
                                .fields(textFields(TextPart.TITLE)).boost(TextPart.TITLE.boost())
                                .fields(textFields(TextPart.SUMMARY)).boost(TextPart.SUMMARY.boost())
                                .fields(textFields(TextPart.BODY)).boost(TextPart.BODY.boost())
                                .field(SearchFields.bigram(TextPart.TITLE)).boost(TextPart.TITLE.boost() * BIGRAM_WEIGHT)
                                .field(SearchFields.bigram(TextPart.SUMMARY)).boost(TextPart.SUMMARY.boost() * BIGRAM_WEIGHT)
                                .field(SearchFields.bigram(TextPart.BODY)).boost(TextPart.BODY.boost() * BIGRAM_WEIGHT)
                                .matching(request.query())
                                .flags(READER_SYNTAX)
                                .defaultOperator(BooleanOperator.AND));
                    }
                    if (request.issuedFrom() != null || request.issuedTo() != null) {
                        root.add(f.range().field(SearchFields.ISSUED_ON).between(request.issuedFrom(), request.issuedTo()));
                    }
                })
                .sort(f -> switch (effectiveSort(request)) {
                    case RELEVANCE -> f.score().then().field(SearchFields.ISSUED_ON).desc();
                    case NEWEST -> f.field(SearchFields.ISSUED_ON).desc().then().field(SearchFields.SLUG);
                    case OLDEST -> f.field(SearchFields.ISSUED_ON).asc().then().field(SearchFields.SLUG);
                })
                .highlighter(f -> f.unified().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
                        .fragmentSize(180).numberOfFragments(1).noMatchSize(0))
                .requestTransformer(context -> {
                    if (postFilter != null) {
                        context.body().add("post_filter", postFilter);
                    }
                });
        for (Facet facet : Facet.values()) {
            JsonObject aggregation = facetAggregation(request, facet);
            query = query.aggregation(facetKeys.get(facet), f -> f.fromJson(aggregation));
        }

        SearchResult<List<?>> result = query.fetch(request.offset(), request.size());
        List<SearchHit> hits = result.hits().stream().map(DocumentSearch::toHit).toList();
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        facetKeys.forEach((facet, key) -> facets.put(facet, counts(facet, result.aggregation(key))));
        return new SearchResults(result.total().hitCount(), hits, facets);
    }

    private static SearchSort effectiveSort(SearchRequest request) {
        return request.sort() == SearchSort.RELEVANCE && !request.hasQuery() ? SearchSort.NEWEST : request.sort();
    }

    // ---- projections: everything a hit shows comes from the index, no database round trip ----

    private static final List<String> HIGHLIGHTED = List.of(
            SearchFields.text(TextPart.BODY, Language.EN), SearchFields.text(TextPart.SUMMARY, Language.EN),
            SearchFields.text(TextPart.BODY, Language.JA), SearchFields.text(TextPart.SUMMARY, Language.JA));

    private static String[] textFields(TextPart part) {
        return new String[] { SearchFields.text(part, Language.EN), SearchFields.text(part, Language.JA) };
    }

    private static ProjectionFinalStep<?>[] hitProjections(SearchProjectionFactory<?, ?> f) {
        List<ProjectionFinalStep<?>> projections = new ArrayList<>();
        projections.add(f.field(SearchFields.SLUG, String.class));
        projections.add(f.field(SearchFields.TYPE, DocumentType.class));
        projections.add(f.field(SearchFields.GOVERNMENT, Government.class));
        projections.add(f.field(SearchFields.AGENCY, String.class));
        projections.add(f.field(SearchFields.TOPICS, String.class).list());
        projections.add(f.field(SearchFields.LANGUAGES, Language.class).list());
        projections.add(f.field(SearchFields.SOURCE_URL, String.class));
        projections.add(f.field(SearchFields.ISSUED_TEXT, String.class));
        for (Language language : Language.values()) {
            projections.add(f.field(SearchFields.text(TextPart.TITLE, language), String.class));
            projections.add(f.field(SearchFields.text(TextPart.SUMMARY, language), String.class));
        }
        for (String field : HIGHLIGHTED) {
            projections.add(f.highlight(field));
        }
        return projections.toArray(ProjectionFinalStep<?>[]::new);
    }

    @SuppressWarnings("unchecked")
    private static SearchHit toHit(List<?> row) {
        int i = 0;
        String slug = (String) row.get(i++);
        DocumentType type = (DocumentType) row.get(i++);
        Government government = (Government) row.get(i++);
        String agency = (String) row.get(i++);
        List<String> topics = (List<String>) row.get(i++);
        List<Language> languages = (List<Language>) row.get(i++);
        String sourceUrl = (String) row.get(i++);
        String issued = (String) row.get(i++);
        Map<Language, String> titles = new EnumMap<>(Language.class);
        Map<Language, String> summaries = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            putIfPresent(titles, language, (String) row.get(i++));
            putIfPresent(summaries, language, (String) row.get(i++));
        }
        Map<Language, String> snippets = new EnumMap<>(Language.class);
        for (String field : HIGHLIGHTED) {
            List<String> fragments = (List<String>) row.get(i++);
            Language language = field.endsWith("_" + Language.JA.code()) ? Language.JA : Language.EN;
            if (fragments != null && !fragments.isEmpty()) {
                snippets.putIfAbsent(language, fragments.get(0));
            }
        }
        return new SearchHit(slug, type, government, agency, topics, languages, titles, summaries, snippets,
                sourceUrl, issued);
    }

    private static void putIfPresent(Map<Language, String> map, Language language, String value) {
        if (value != null) {
            map.put(language, value);
        }
    }

    // ---- facets ----

    /** The filters of every selected facet except {@code excluded}, as an Elasticsearch bool query; null if none. */
    private static JsonObject facetFilter(SearchRequest request, Facet excluded) {
        JsonArray clauses = new JsonArray();
        for (Facet facet : Facet.values()) {
            if (facet == excluded || request.selected(facet).isEmpty()) {
                continue;
            }
            JsonArray values = new JsonArray();
            request.selected(facet).stream().map(code -> facet.indexValue(code).orElseThrow()).sorted()
                    .forEach(values::add);
            JsonObject field = new JsonObject();
            field.add(facet.field(), values);
            JsonObject terms = new JsonObject();
            terms.add("terms", field);
            clauses.add(terms);
        }
        if (clauses.isEmpty()) {
            return null;
        }
        JsonObject bool = new JsonObject();
        bool.add("filter", clauses);
        JsonObject query = new JsonObject();
        query.add("bool", bool);
        return query;
    }

    private static JsonObject facetAggregation(SearchRequest request, Facet facet) {
        JsonObject termsBody = new JsonObject();
        termsBody.addProperty("field", facet.field());
        termsBody.addProperty("size", FACET_SIZE);
        JsonObject terms = new JsonObject();
        terms.add("terms", termsBody);
        JsonObject subAggregations = new JsonObject();
        subAggregations.add("values", terms);

        JsonObject filter = facetFilter(request, facet);
        if (filter == null) {
            filter = new JsonObject();
            filter.add("match_all", new JsonObject());
        }
        JsonObject aggregation = new JsonObject();
        aggregation.add("filter", filter);
        aggregation.add("aggs", subAggregations);
        return aggregation;
    }

    private static List<FacetCount> counts(Facet facet, JsonObject aggregation) {
        List<FacetCount> counts = new ArrayList<>();
        for (var bucket : aggregation.getAsJsonObject("values").getAsJsonArray("buckets")) {
            JsonObject b = bucket.getAsJsonObject();
            counts.add(new FacetCount(facet.code(b.get("key").getAsString()), b.get("doc_count").getAsLong()));
        }
        return counts;
    }

    // ---- errors ----

    private static RuntimeException translate(SearchException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("too_many") || message.contains("maxClauseCount") || message.contains("max_clause_count")) {
            return new QueryRejectedException("The query has too many words to run; shorten it.", e);
        }
        if (isConnectionFailure(e)) {
            LOG.warnf("Search engine unreachable: %s", message);
            return new SearchUnavailableException(e);
        }
        return e;
    }

    private static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.io.IOException) {
                return true;
            }
        }
        String message = String.valueOf(e.getMessage());
        return message.contains("Connection refused") || message.contains("HSEARCH400588");
    }
}
