package jpus.taskforce.portal.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;

import jpus.taskforce.portal.attachment.Attachment;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.Visibility;

/**
 * Search over both languages: the reader's query (see {@link TextQuery}), multi-select facets (see
 * {@link FacetAggregations}), "did you mean" when nothing matches, and related documents.
 * Documents that are superseded or archived are kept but ranked lower than those in force.
 */
@ApplicationScoped
public class DocumentSearch {

    private static final Logger LOG = Logger.getLogger(DocumentSearch.class);
    /** How much a superseded or archived document's score is multiplied by. */
    private static final float OUT_OF_FORCE_WEIGHT = 0.3f;
    private static final int RELATED = 5;
    /** Below this many hits, a query with unknown words is worth checking for a typo. */
    private static final int FEW_HITS = 5;
    /** Hibernate Search reads through this alias, which moves to a new index on a full reindex. */
    private static final String READ_ALIAS = ZeroDowntimeReindex.READ_ALIAS;

    @Inject
    SearchSession session;

    @Inject
    EntityManager em;

    @Inject
    TextQuery textQuery;

    @Inject
    SpellingSuggester spelling;

    @Inject
    MeterRegistry metrics;

    /** Searches the documents whose visibility is in {@code readable}; nothing else shows, not even in counts. */
    public SearchResults search(SearchRequest request, Set<Visibility> readable) {
        Timer.Sample sample = Timer.start(metrics);
        String outcome = "error";
        try {
            SearchResults results = searchWithCorrection(request, readable);
            outcome = "ok";
            return results;
        } catch (SearchUnavailableException e) {
            outcome = "unavailable";
            throw e;
        } catch (QueryRejectedException e) {
            outcome = "rejected";
            throw e;
        } finally {
            sample.stop(metrics.timer("portal.search", "outcome", outcome));
        }
    }

    private SearchResults searchWithCorrection(SearchRequest request, Set<Visibility> readable) {
        return run(() -> {
            SearchResults results = execute(request, readable);
            if (results.total() >= FEW_HITS || !request.hasQuery() || request.after() != null) {
                return results;
            }
            Optional<String> suggestion = spelling.suggest(request.query());
            if (suggestion.isEmpty()) {
                return results;
            }
            // Few or no hits and a word the knowledge base does not contain: show the corrected
            // query's results when they are more, and say so; otherwise only offer the correction,
            // and only when it finds something this reader may see (the spelling dictionary is the
            // whole index: a word found only in restricted documents must not be suggested).
            SearchResults corrected = execute(request.withQuery(suggestion.get()), readable);
            if (corrected.total() > results.total()) {
                return corrected.withSuggestion(suggestion.get(), true);
            }
            return corrected.total() > 0 ? results.withSuggestion(suggestion.get(), false) : results;
        });
    }

    /** Readable documents most like the given one, by their words in both languages. */
    public List<SearchHit> related(long documentId, String slug, Set<Visibility> readable) {
        return run(() -> {
            JsonObject like = new JsonObject();
            like.addProperty("_index", READ_ALIAS);
            like.addProperty("_id", String.valueOf(documentId));
            JsonArray fields = new JsonArray();
            for (Language language : Language.values()) {
                for (TextPart part : TextPart.values()) {
                    fields.add(SearchFields.text(part, language));
                }
            }
            JsonObject moreLikeThis = new JsonObject();
            moreLikeThis.add("fields", fields);
            moreLikeThis.add("like", arrayOf(like));
            moreLikeThis.addProperty("min_term_freq", 2);
            moreLikeThis.addProperty("min_doc_freq", 2);
            moreLikeThis.addProperty("max_query_terms", 40);
            moreLikeThis.addProperty("minimum_should_match", "10%");
            JsonObject query = FacetAggregations.object("more_like_this", moreLikeThis);
            SearchResult<List<?>> result = session.search(Document.class)
                    .extension(ElasticsearchExtension.get())
                    .select(f -> f.composite(HitProjection.projections(f)))
                    .where((f, root) -> {
                        root.add(f.fromJson(query));
                        root.add(readableBy(f, readable));
                        root.add(f.not(f.match().field(SearchFields.SLUG).matching(slug)));
                    })
                    .fetch(RELATED);
            return result.hits().stream().map(HitProjection::toHit).toList();
        });
    }

    /**
     * Among several attachments of a hit, the one whose text holds the highlighted passage. The
     * index flattens attachments into their document, so only their text can tell them apart.
     */
    private SearchHit resolveAttachment(SearchHit hit) {
        AttachmentMatch match = hit.attachment();
        if (match == null || match.id() >= 0) {
            return hit;
        }
        String passage = plain(match.snippet());
        List<Attachment> attachments = em.createQuery("select a from Attachment a where a.slug = :slug "
                + "and a.document is not null order by a.id", Attachment.class)
                .setParameter("slug", hit.slug())
                .getResultList();
        return attachments.stream()
                .filter(a -> a.getExtractedText() != null && plain(a.getExtractedText()).contains(passage))
                .findFirst()
                .or(() -> attachments.stream().findFirst())
                .map(a -> hit.withAttachment(new AttachmentMatch(a.getId(), a.getFileName(), match.snippet())))
                .orElse(hit.withAttachment(null));
    }

    /** Text without highlight tags and entities, with whitespace collapsed, for comparing passages. */
    private static String plain(String text) {
        return text.replaceAll("</?mark>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static JsonArray arrayOf(JsonObject element) {
        JsonArray array = new JsonArray();
        array.add(element);
        return array;
    }

    /** The filter every query carries: only documents the reader may see. */
    static SearchPredicate readableBy(SearchPredicateFactory f, Set<Visibility> readable) {
        return f.terms().field(SearchFields.VISIBILITY).matchingAny(readable).toPredicate();
    }

    private SearchResults execute(SearchRequest request, Set<Visibility> readable) {
        Map<Facet, AggregationKey<JsonObject>> facetKeys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facetKeys.put(facet, AggregationKey.of(facet.parameter()));
        }
        JsonObject postFilter = FacetAggregations.filter(request, null);
        SearchSort sort = effectiveSort(request);

        var query = session.search(Document.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.composite(withSortValues(HitProjection.projections(f), f.jsonHit())))
                .where((f, root) -> {
                    root.add(readableBy(f, readable));
                    if (request.hasQuery()) {
                        root.add(textQuery.predicate(f, request.query()));
                    }
                    if (request.issuedFrom() != null || request.issuedTo() != null) {
                        root.add(f.range().field(SearchFields.ISSUED_ON).between(request.issuedFrom(), request.issuedTo()));
                    }
                })
                .sort(f -> switch (sort) {
                    case RELEVANCE -> f.score().then().field(SearchFields.ISSUED_ON).desc().then().field(SearchFields.SLUG);
                    case NEWEST -> f.field(SearchFields.ISSUED_ON).desc().then().field(SearchFields.SLUG);
                    case OLDEST -> f.field(SearchFields.ISSUED_ON).asc().then().field(SearchFields.SLUG);
                })
                .highlighter(f -> f.unified().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
                        .fragmentSize(180).numberOfFragments(1).noMatchSize(0))
                .requestTransformer(context -> {
                    JsonObject body = context.body();
                    if (postFilter != null) {
                        body.add("post_filter", postFilter);
                    }
                    if (sort == SearchSort.RELEVANCE && body.has("query")) {
                        body.add("query", demoteOutOfForce(body.getAsJsonObject("query")));
                    }
                    if (request.after() != null) {
                        body.add("search_after", request.after());
                    }
                });
        for (Facet facet : Facet.values()) {
            JsonObject aggregation = FacetAggregations.aggregation(request, facet);
            query = query.aggregation(facetKeys.get(facet), f -> f.fromJson(aggregation));
        }

        SearchResult<List<?>> result = query.fetch(request.offset(), request.size());
        List<SearchHit> hits = result.hits().stream().map(HitProjection::toHit).map(this::resolveAttachment).toList();
        Map<Facet, List<SearchResults.FacetCount>> facets = new EnumMap<>(Facet.class);
        facetKeys.forEach((facet, key) -> facets.put(facet, FacetAggregations.counts(facet, result.aggregation(key))));
        String next = null;
        if (hits.size() == request.size()) {
            List<?> last = result.hits().get(result.hits().size() - 1);
            next = SearchCursor.encode(((JsonObject) last.get(last.size() - 1)).getAsJsonArray("sort"));
        }
        return new SearchResults(result.total().hitCount(), hits, facets, null, false, next);
    }

    /** The hit's own JSON rides at the end of each row, for its sort values (the next cursor). */
    private static ProjectionFinalStep<?>[] withSortValues(ProjectionFinalStep<?>[] projections, ProjectionFinalStep<?> hit) {
        ProjectionFinalStep<?>[] all = java.util.Arrays.copyOf(projections, projections.length + 1);
        all[projections.length] = hit;
        return all;
    }

    /** Multiplies the score of superseded and archived documents, so they rank below those in force. */
    private static JsonObject demoteOutOfForce(JsonObject query) {
        JsonArray statuses = new JsonArray();
        statuses.add(DocumentStatus.SUPERSEDED.name());
        statuses.add(DocumentStatus.ARCHIVED.name());
        JsonObject boosting = new JsonObject();
        boosting.add("positive", query);
        boosting.add("negative", FacetAggregations.object("terms", FacetAggregations.object(SearchFields.STATUS, statuses)));
        boosting.addProperty("negative_boost", OUT_OF_FORCE_WEIGHT);
        return FacetAggregations.object("boosting", boosting);
    }

    private static SearchSort effectiveSort(SearchRequest request) {
        return request.sort() == SearchSort.RELEVANCE && !request.hasQuery() ? SearchSort.NEWEST : request.sort();
    }

    /**
     * Runs a query in a transaction of its own: when the engine is down the failure must not doom
     * the caller's transaction, which may still serve a page from the database.
     */
    private <T> T run(Supplier<T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (SearchException e) {
            throw translate(e);
        }
    }

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
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }
}
