package jpus.taskforce.portal.search;

import java.util.List;
import java.util.Map;

/** A page of hits, the total, and the count of each facet value (as codes). */
public record SearchResults(long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {

    public record FacetCount(String value, long count) {
    }
}
