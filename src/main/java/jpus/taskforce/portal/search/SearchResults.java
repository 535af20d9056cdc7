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
 */
public record SearchResults(long total, boolean totalExact, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets, String suggestion,
        boolean suggestionApplied, String next) {

    public SearchResults withSuggestion(String suggestion, boolean applied) {
        return new SearchResults(total, totalExact, hits, facets, suggestion, applied, next);
    }

    public record FacetCount(String value, long count) {
    }
}
