package jpus.taskforce.portal.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque position in the change feed handed to partners. It encodes the event number with a
 * version prefix, so the format can change without breaking cursors partners already hold; it
 * stays valid across restarts because event numbers live in the database.
 */
public final class ChangeCursor {

    private static final String PREFIX = "c1:";

    private ChangeCursor() {
    }

    public static String encode(long eventId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + eventId).getBytes(StandardCharsets.US_ASCII));
    }

    /** The event number in a cursor; empty for anything that is not a cursor this portal issued. */
    public static Optional<Long> decode(String cursor) {
        if (cursor == null || cursor.length() > 64) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!text.startsWith(PREFIX)) {
                return Optional.empty();
            }
            long id = Long.parseLong(text.substring(PREFIX.length()));
            return id >= 0 ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
