package jpus.taskforce.portal.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The opaque position after a hit, for walking a result set of any depth: the sort values of the
 * last hit (the engine's search_after), with a version prefix. Slugs break ties, so the walk
 * neither repeats nor skips a hit.
 */
public final class SearchCursor {

    private static final String PREFIX = "s1:";
    private static final int MAX_LENGTH = 2000;

    private SearchCursor() {
    }

    public static String encode(JsonArray sortValues) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + sortValues).getBytes(StandardCharsets.UTF_8));
    }

    /** The sort values in a cursor; empty for anything this portal did not issue. */
    public static Optional<JsonArray> decode(String cursor) {
        if (cursor == null || cursor.isBlank() || cursor.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                return Optional.empty();
            }
            JsonElement values = JsonParser.parseString(text.substring(PREFIX.length()));
            if (!values.isJsonArray() || values.getAsJsonArray().isEmpty() || values.getAsJsonArray().size() > 3) {
                return Optional.empty();
            }
            for (JsonElement value : values.getAsJsonArray()) {
                if (!value.isJsonPrimitive()) {
                    return Optional.empty();
                }
            }
            return Optional.of(values.getAsJsonArray());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
