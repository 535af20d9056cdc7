package jpus.taskforce.portal.search;

import java.util.Collection;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The few pieces of the engine's own query JSON that Hibernate Search's DSL has no words for:
 * more-like-this, a boosting query, filtered aggregations with a post-filter for multi-select
 * facets, and the term suggester. Everything else is built with the DSL.
 */
final class EngineJson {

    private EngineJson() {
    }

    static JsonObject object(String key, JsonElement value) {
        JsonObject object = new JsonObject();
        object.add(key, value);
        return object;
    }

    static JsonArray array(Collection<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    static JsonArray array(JsonElement element) {
        JsonArray array = new JsonArray();
        array.add(element);
        return array;
    }

    /** {@code {"terms": {field: [values]}}} */
    static JsonObject terms(String field, Collection<String> values) {
        return object("terms", object(field, array(values)));
    }
}
