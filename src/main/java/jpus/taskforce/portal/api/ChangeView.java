package jpus.taskforce.portal.api;

import java.time.Instant;
import java.util.List;

/** One entry of the change feed, as the caller sees it. */
public record ChangeView(String cursor, String slug, String event, int revision, Instant at) {

    /** A page of the feed; {@code next} is where to continue, even when no change was visible. */
    public record Page(List<ChangeView> changes, String next) {
    }
}
