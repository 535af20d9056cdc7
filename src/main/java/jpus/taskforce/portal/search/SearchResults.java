package jpus.taskforce.portal.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total, and the count of each facet value (as codes).
 *
 * @param total             the hits counted, which stops at {@link DocumentSearch#COUNTED_HITS}
 * @param totalExact        false when counting stopped there, and there may be more
 * @param suggestion        a corrected query when the query as typed found nothing, else null
 * @param suggestionApplied true when the hits are those of the suggestion, because the query as
 *                          typed found nothing and the suggestion did
 * @param next              a cursor to the hits after these, when there may be more
 * @param allWordsTotal     when few documents contain all the query's words and the results were
 *                          widened to documents that contain some of them: how many contain all,
 *                          which rank first; null when every hit contains all the words
 */
public record SearchResults(long total, boolean totalExact, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets, String suggestion,
        boolean suggestionApplied, String next, Long allWordsTotal) {

    public SearchResults withSuggestion(String suggestion, boolean applied) {
        return new SearchResults(total, totalExact, hits, facets, suggestion, applied, next, allWordsTotal);
    }

    /** These results, widened to some of the words, with the count of those that contain all. */
    SearchResults widenedFrom(SearchResults allWords) {
        return new SearchResults(total, totalExact, hits, facets, allWords.suggestion, allWords.suggestionApplied, next,
                allWords.total);
    }

    public boolean widened() {
        return allWordsTotal != null;
    }

    /** Whether the hit at this position of the whole ranking (from 0) contains all the query's words. */
    public boolean hasAllWords(int position) {
        return allWordsTotal == null || position < allWordsTotal;
    }

    public record FacetCount(String value, long count) {
    }
}
