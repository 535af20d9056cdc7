package jpus.taskforce.portal.api;

import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/documents}: a page of hits with the facet counts. */
public record SearchResponse(long total, int page, int size, List<HitView> hits,
        Map<String, List<FacetValueView>> facets) {
}
