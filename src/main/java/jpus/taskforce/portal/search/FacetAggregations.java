package jpus.taskforce.portal.search;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jpus.taskforce.portal.search.SearchResults.FacetCount;

/**
 * Multi-select facets in the engine's own JSON: values are OR-ed within a facet and AND-ed across
 * facets, and each facet is counted with every selection but its own, so a reader still sees the
 * values they could add. The hits are narrowed by a {@code post_filter} that does not affect counts.
 */
final class FacetAggregations {

    private static final int FACET_SIZE = 100;

    private FacetAggregations() {
    }

    /** The filters of every selected facet except {@code excluded}, as a bool query; null if none. */
    static JsonObject filter(SearchRequest request, Facet excluded) {
        JsonArray clauses = new JsonArray();
        for (Facet facet : Facet.values()) {
            if (facet == excluded || request.selected(facet).isEmpty()) {
                continue;
            }
            clauses.add(EngineJson.terms(facet.field(), facet.indexValues(request.selected(facet))));
        }
        return clauses.isEmpty() ? null : EngineJson.object("bool", EngineJson.object("filter", clauses));
    }

    static JsonObject aggregation(SearchRequest request, Facet facet) {
        JsonObject terms = new JsonObject();
        terms.addProperty("field", facet.field());
        terms.addProperty("size", FACET_SIZE);
        JsonObject filter = filter(request, facet);
        JsonObject aggregation = new JsonObject();
        aggregation.add("filter", filter == null ? EngineJson.object("match_all", new JsonObject()) : filter);
        aggregation.add("aggs", EngineJson.object("values", EngineJson.object("terms", terms)));
        return aggregation;
    }

    static List<FacetCount> counts(Facet facet, JsonObject aggregation) {
        List<FacetCount> counts = new ArrayList<>();
        for (var bucket : aggregation.getAsJsonObject("values").getAsJsonArray("buckets")) {
            JsonObject b = bucket.getAsJsonObject();
            counts.add(new FacetCount(facet.code(b.get("key").getAsString()), b.get("doc_count").getAsLong()));
        }
        return counts;
    }
}
