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
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;

import com.google.gson.JsonObject;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;

import jpus.taskforce.portal.attachment.Attachment;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.search.TextQuery.AnalyzedQuery;

/**
 * Search over both languages: the reader's query (see {@link TextQuery}), multi-select facets (see
 * {@link FacetAggregations}), "did you mean" when little matches, and related documents.
 * Documents that are superseded or archived are kept but ranked lower than those in force.
 */
@ApplicationScoped
public class DocumentSearch {

    /** The highlighter of the passages a hit quotes: whole sentences of one paragraph, best first. */
    static final String PASSAGES = "passages";
    private static final Logger LOG = Logger.getLogger(DocumentSearch.class);
    /** How much a superseded or archived document's score is multiplied by. */
    private static final float OUT_OF_FORCE_WEIGHT = 0.3f;
    private static final int RELATED = 5;
    /**
     * Related documents leave out the words found in more than one document in this many: looking
     * them up made the document page the costliest request (docs/benchmarks.md (3b)).
     */
    private static final int COMMON_SHARE = 10;
    /** In a small knowledge base one in ten is a handful of documents: no word is common below this. */
    private static final int COMMON_FLOOR = 50;
    private static final java.time.Duration COUNT_FRESH = java.time.Duration.ofMinutes(1);
    /**
     * Hits are counted up to here, and no further: past it the engine may skip documents that cannot
     * reach the page, and no reader pages that deep (the API cannot page past 10,000 either).
     */
    static final int COUNTED_HITS = 10_000;
    /** Fewer documents than this containing all of a query's words is few: those with some of them follow. */
    static final int FEW_HITS = 5;
    /** The best hits that phrases re-rank: the first five pages of twenty. */
    static final int RESCORED = 100;
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

    private volatile IndexedCount indexedCount;

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
            // The spelling check rides along with the search itself: no second request to learn that
            // nothing needs correcting. A query with operators or quotes is the reader's exact words.
            Optional<AnalyzedQuery> query = analyze(request);
            boolean checkSpelling = query.isPresent() && request.after() == null && spelling.applies(request.query())
                    && !query.get().usesSyntax();
            Execution first = execute(request, query, readable, checkSpelling, false);
            if (first.suggestion().isEmpty()) {
                return widenedIfFew(request, query, readable, first.results());
            }
            // A word the knowledge base does not contain anywhere adds nothing to the results, and a
            // close word that it does contain is most likely what the reader meant: show what the
            // corrected query finds, and say so. The correction is offered only when it finds
            // something this reader may see (the spelling dictionary is the whole index: a word found
            // only in restricted documents must not be suggested).
            SearchRequest correctedRequest = request.withQuery(first.suggestion().get());
            Optional<AnalyzedQuery> correctedQuery = analyze(correctedRequest);
            SearchResults corrected = execute(correctedRequest, correctedQuery, readable, false, false).results();
            return corrected.total() > 0
                    ? widenedIfFew(correctedRequest, correctedQuery, readable,
                            corrected.withSuggestion(correctedRequest.query(), true))
                    : widenedIfFew(request, query, readable, first.results());
        });
    }

    /** The request's query as the vocabularies read it, once for all the engine requests of a search. */
    private Optional<AnalyzedQuery> analyze(SearchRequest request) {
        return request.hasQuery() ? Optional.of(textQuery.analyze(request.query())) : Optional.empty();
    }

    /**
     * When fewer than {@link #FEW_HITS} documents contain all the words of a query that has several,
     * the documents with some of them follow those: a reader who finds one act also wants the rules
     * nearest to it. Only in order of relevance, where they can rank after the complete matches.
     */
    private SearchResults widenedIfFew(SearchRequest request, Optional<AnalyzedQuery> query, Set<Visibility> readable,
            SearchResults allWords) {
        if (allWords.total() >= FEW_HITS || effectiveSort(request) != SearchSort.RELEVANCE || request.after() != null
                || query.isEmpty() || !textQuery.hasSeveralWords(query.get())) {
            return allWords;
        }
        SearchResults someWords = execute(request, query, readable, false, true).results();
        return someWords.total() > allWords.total() ? someWords.widenedFrom(allWords) : allWords;
    }

    /** Readable documents most like the given one, by their words in both languages. */
    public List<SearchHit> related(long documentId, String slug, Set<Visibility> readable) {
        return run(() -> {
            JsonObject like = new JsonObject();
            like.addProperty("_index", READ_ALIAS);
            like.addProperty("_id", String.valueOf(documentId));
            List<String> fields = new java.util.ArrayList<>();
            for (Language language : Language.values()) {
                for (TextPart part : TextPart.values()) {
                    fields.add(SearchFields.text(part, language));
                }
            }
            JsonObject moreLikeThis = new JsonObject();
            moreLikeThis.add("fields", EngineJson.array(fields));
            moreLikeThis.add("like", EngineJson.array(like));
            moreLikeThis.addProperty("min_term_freq", 2);
            moreLikeThis.addProperty("min_doc_freq", 2);
            moreLikeThis.addProperty("max_query_terms", 40);
            moreLikeThis.addProperty("max_doc_freq", commonWordCutoff());
            moreLikeThis.addProperty("minimum_should_match", "10%");
            JsonObject query = EngineJson.object("more_like_this", moreLikeThis);
            List<HitFields> hits = session.search(Document.class)
                    .extension(ElasticsearchExtension.get())
                    .select(HitFields.class)
                    .where((f, root) -> {
                        root.add(f.fromJson(query));
                        root.add(readableBy(f, readable));
                        root.add(f.not(f.match().field(SearchFields.SLUG).matching(slug)));
                    })
                    .fetchHits(RELATED);
            return hits.stream().map(HitFields::toHit).toList();
        });
    }

    /**
     * The number of documents above which a word no longer tells related documents apart: one in
     * ten, but never fewer than {@link #COMMON_FLOOR}. Such words say little about what a document is
     * about and cost most to look up. The count is read from the index at most once a minute.
     */
    private long commonWordCutoff() {
        IndexedCount current = indexedCount;
        long now = System.nanoTime();
        if (current == null || now - current.readAt() > COUNT_FRESH.toNanos()) {
            current = new IndexedCount(session.search(Document.class).where(f -> f.matchAll()).fetchTotalHitCount(), now);
            indexedCount = current;
        }
        return Math.max(COMMON_FLOOR, current.documents() / COMMON_SHARE);
    }

    private record IndexedCount(long documents, long readAt) {
    }

    /** Titles and summaries are highlighted only to learn which language matched: one short fragment. */
    private static HighlighterFinalStep languageMatches(SearchHighlighterFactory f) {
        return f.unified().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
                .fragmentSize(40).numberOfFragments(1).noMatchSize(0);
    }

    /** The encoder is the request's, shared by every field: HTML, set by {@link #languageMatches}, as both need. */
    private static HighlighterFinalStep passages(SearchHighlighterFactory f) {
        return f.unified().tag("<mark>", "</mark>").fragmentSize(220).numberOfFragments(3).orderByScore(true).noMatchSize(0);
    }

    /**
     * The hits whose attached-file passage comes from one of several files: the index flattens
     * attachments into their document, so only their text can tell which. One query for the page,
     * and only when such a hit is on it.
     */
    private List<SearchHit> resolveAttachments(List<SearchHit> hits) {
        List<String> ambiguous = hits.stream()
                .filter(hit -> hit.attachment() != null && hit.attachment().id() < 0)
                .map(SearchHit::slug).toList();
        if (ambiguous.isEmpty()) {
            return hits;
        }
        Map<String, List<Attachment>> bySlug = em.createQuery("select a from Attachment a where a.slug in :slugs "
                + "and a.document is not null order by a.id", Attachment.class)
                .setParameter("slugs", ambiguous)
                .getResultStream()
                .collect(java.util.stream.Collectors.groupingBy(Attachment::getSlug));
        return hits.stream().map(hit -> ambiguous.contains(hit.slug())
                ? hit.withAttachment(which(hit.attachment(), bySlug.getOrDefault(hit.slug(), List.of())))
                : hit).toList();
    }

    private static AttachmentMatch which(AttachmentMatch match, List<Attachment> attachments) {
        String passage = plain(match.snippet());
        return attachments.stream()
                .filter(a -> a.getExtractedText() != null && plain(a.getExtractedText()).contains(passage))
                .findFirst()
                .or(() -> attachments.stream().findFirst())
                .map(a -> new AttachmentMatch(a.getId(), a.getFileName(), match.snippet()))
                .orElse(null);
    }

    /** Text without highlight tags and entities, with whitespace collapsed, for comparing passages. */
    private static String plain(String text) {
        return text.replaceAll("</?mark>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The filter every query carries: only documents the reader may see. */
    static SearchPredicate readableBy(SearchPredicateFactory f, Set<Visibility> readable) {
        return f.terms().field(SearchFields.VISIBILITY).matchingAny(readable).toPredicate();
    }

    /** One search's results, and the spelling correction the engine offered with them. */
    private record Execution(SearchResults results, Optional<String> suggestion) {
    }

    private record Row(IndexedHit hit, JsonObject json) {
    }

    private Execution execute(SearchRequest request, Optional<AnalyzedQuery> analyzed, Set<Visibility> readable,
            boolean checkSpelling, boolean someWords) {
        Map<Facet, AggregationKey<JsonObject>> facetKeys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facetKeys.put(facet, AggregationKey.of(facet.parameter()));
        }
        JsonObject postFilter = FacetAggregations.filter(request, null);
        SearchSort sort = effectiveSort(request);
        // Phrases re-rank the best hits by relevance; a walk that continues after sort values
        // (a cursor issued before re-ranking existed) keeps the plain order it started in.
        Optional<JsonObject> phrases = sort == SearchSort.RELEVANCE && request.after() == null
                ? analyzed.flatMap(textQuery::phraseBoosts) : Optional.empty();

        var query = session.search(Document.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.composite().from(f.composite().as(IndexedHit.class), f.jsonHit()).as(Row::new))
                .where((f, root) -> {
                    root.add(readableBy(f, readable));
                    analyzed.ifPresent(words -> root.add(someWords ? textQuery.someWordsPredicate(f, words)
                            : textQuery.predicate(f, words)));
                    if (request.issuedFrom() != null || request.issuedTo() != null) {
                        root.add(f.range().field(SearchFields.ISSUED_ON).between(request.issuedFrom(), request.issuedTo()));
                    }
                })
                .sort(f -> switch (sort) {
                    case RELEVANCE -> f.score().then().field(SearchFields.ISSUED_ON).desc().then().field(SearchFields.SLUG);
                    case NEWEST -> f.field(SearchFields.ISSUED_ON).desc().then().field(SearchFields.SLUG);
                    case OLDEST -> f.field(SearchFields.ISSUED_ON).asc().then().field(SearchFields.SLUG);
                })
                .highlighter(DocumentSearch::languageMatches)
                .highlighter(PASSAGES, DocumentSearch::passages)
                // Sent as the URL's track_total_hits, which the engine reads over the body's.
                .totalHitCountThreshold(COUNTED_HITS)
                .requestTransformer(context -> {
                    JsonObject body = context.body();
                    if (postFilter != null) {
                        body.add("post_filter", postFilter);
                    }
                    if (sort == SearchSort.RELEVANCE && body.has("query")) {
                        body.add("query", demoteOutOfForce(body.getAsJsonObject("query")));
                    }
                    phrases.ifPresent(boosts -> {
                        // The engine re-ranks by score alone: ties keep the index's order.
                        body.remove("sort");
                        body.add("rescore", rescore(boosts));
                    });
                    if (request.after() != null) {
                        body.add("search_after", request.after());
                    }
                    if (checkSpelling) {
                        body.add("suggest", spelling.suggestRequest(request.query()));
                    }
                });
        for (Facet facet : Facet.values()) {
            JsonObject aggregation = FacetAggregations.aggregation(request, facet);
            query = query.aggregation(facetKeys.get(facet), f -> f.fromJson(aggregation));
        }

        var result = query.fetch(request.offset(), request.size());
        boolean answersQuery = request.hasQuery();
        List<SearchHit> hits = resolveAttachments(result.hits().stream().map(row -> row.hit().toHit(answersQuery)).toList());
        Map<Facet, List<SearchResults.FacetCount>> facets = new EnumMap<>(Facet.class);
        facetKeys.forEach((facet, key) -> facets.put(facet, FacetAggregations.counts(facet, result.aggregation(key))));
        String next = null;
        if (hits.size() == request.size()) {
            int following = request.offset() + request.size();
            if (phrases.isPresent()) {
                next = following < COUNTED_HITS ? SearchCursor.encode(new SearchCursor.Offset(following)) : null;
            } else {
                Row last = result.hits().get(result.hits().size() - 1);
                next = SearchCursor.encode(new SearchCursor.After(last.json().getAsJsonArray("sort")));
            }
        }
        Optional<String> suggestion = checkSpelling ? spelling.suggestion(request.query(), result.responseBody())
                : Optional.empty();
        return new Execution(new SearchResults(result.total().hitCountLowerBound(), result.total().isHitCountExact(), hits,
                facets, null, false, next, null), suggestion);
    }

    /** The phrase boosts over the best hits, demoted like the query for documents out of force. */
    private static JsonObject rescore(JsonObject phrases) {
        JsonObject query = new JsonObject();
        query.add("rescore_query", demoteOutOfForce(phrases));
        query.addProperty("query_weight", 1);
        query.addProperty("rescore_query_weight", 1);
        JsonObject rescore = new JsonObject();
        rescore.addProperty("window_size", RESCORED);
        rescore.add("query", query);
        return rescore;
    }

    /** Multiplies the score of superseded and archived documents, so they rank below those in force. */
    private static JsonObject demoteOutOfForce(JsonObject query) {
        JsonObject boosting = new JsonObject();
        boosting.add("positive", query);
        boosting.add("negative", EngineJson.terms(SearchFields.STATUS,
                List.of(DocumentStatus.SUPERSEDED.name(), DocumentStatus.ARCHIVED.name())));
        boosting.addProperty("negative_boost", OUT_OF_FORCE_WEIGHT);
        return EngineJson.object("boosting", boosting);
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
