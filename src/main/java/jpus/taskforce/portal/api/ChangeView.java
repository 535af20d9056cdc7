package jpus.taskforce.portal.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the change feed, as the caller sees it. */
@Schema(requiredProperties = { "cursor", "slug", "event", "revision", "at" })
public record ChangeView(String cursor, String slug,
        @Schema(enumeration = { "created", "published", "updated", "archived", "withdrawn", "translation-outdated" }) String event, int revision, Instant at) {

    /** A page of the feed; {@code next} is where to continue, even when no change was visible. */
    @Schema(name = "ChangePage", requiredProperties = { "changes", "next" })
    public record Page(List<ChangeView> changes, String next) {
    }
}
