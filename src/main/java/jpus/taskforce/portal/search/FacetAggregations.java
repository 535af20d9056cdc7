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
            JsonArray values = new JsonArray();
            request.selected(facet).stream().map(code -> facet.indexValue(code).orElseThrow()).sorted()
                    .forEach(values::add);
            clauses.add(object("terms", object(facet.field(), values)));
        }
        return clauses.isEmpty() ? null : object("bool", object("filter", clauses));
    }

    static JsonObject aggregation(SearchRequest request, Facet facet) {
        JsonObject terms = new JsonObject();
        terms.addProperty("field", facet.field());
        terms.addProperty("size", FACET_SIZE);
        JsonObject filter = filter(request, facet);
        JsonObject aggregation = new JsonObject();
        aggregation.add("filter", filter == null ? object("match_all", new JsonObject()) : filter);
        aggregation.add("aggs", object("values", object("terms", terms)));
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

    static JsonObject object(String key, com.google.gson.JsonElement value) {
        JsonObject object = new JsonObject();
        object.add(key, value);
        return object;
    }
}
