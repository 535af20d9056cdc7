package jpus.taskforce.portal.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code GET /api/v1/documents}: a page of hits with the facet counts. When the query found
 * nothing, {@code suggestion} offers a corrected query; {@code suggestionApplied} says the hits are
 * those of the suggestion. {@code next} is a cursor to the following hits (pass it as
 * {@code cursor}), present while there may be more: it walks result sets of any depth. Hits are
 * counted up to 10,000: beyond that {@code total} is 10000 and {@code totalExact} false. When fewer
 * than five documents contain all the query's words, documents that contain some of them follow:
 * {@code allWordsTotal} then says how many contain all, and each hit's {@code matchesAllWords} which.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "total", "totalExact", "page", "size", "hits", "facets" })
public record SearchResponse(long total, boolean totalExact, int page, int size, List<HitView> hits,
        Map<String, List<FacetValueView>> facets, String suggestion, Boolean suggestionApplied, String next,
        Long allWordsTotal) {
}
