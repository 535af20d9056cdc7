package jpus.taskforce.portal.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The opaque position after a hit, with a version prefix. Results in date order continue after
 * the sort values of the last hit (the engine's search_after; slugs break ties), which walks a
 * result set of any depth without repeating or skipping. Results in order of relevance are
 * re-ranked in a window of best hits (phrases, see {@link TextQuery#phraseBoosts}), which the
 * engine cannot combine with search_after: they continue at the next offset, up to
 * {@link DocumentSearch#COUNTED_HITS}.
 */
public final class SearchCursor {

    private static final String AFTER = "s1:";
    private static final String OFFSET = "o1:";
    private static final int MAX_LENGTH = 2000;

    /** Where a walk continues. */
    public sealed interface Position permits After, Offset {
    }

    /** After the hit with these sort values. */
    public record After(JsonArray sortValues) implements Position {
    }

    /** At this offset of the ranking. */
    public record Offset(int offset) implements Position {
    }

    private SearchCursor() {
    }

    public static String encode(Position position) {
        String text = position instanceof Offset offset ? OFFSET + offset.offset()
                : AFTER + ((After) position).sortValues();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position in a cursor; empty for anything this portal did not issue. */
    public static Optional<Position> decode(String cursor) {
        if (cursor == null || cursor.isBlank() || cursor.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (text.startsWith(OFFSET)) {
                int offset = Integer.parseInt(text.substring(OFFSET.length()));
                return offset > 0 && offset < DocumentSearch.COUNTED_HITS ? Optional.of(new Offset(offset)) : Optional.empty();
            }
            if (!text.startsWith(AFTER)) {
                return Optional.empty();
            }
            JsonElement values = JsonParser.parseString(text.substring(AFTER.length()));
            if (!values.isJsonArray() || values.getAsJsonArray().isEmpty() || values.getAsJsonArray().size() > 3) {
                return Optional.empty();
            }
            for (JsonElement value : values.getAsJsonArray()) {
                if (!value.isJsonPrimitive()) {
                    return Optional.empty();
                }
            }
            return Optional.of(new After(values.getAsJsonArray()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
