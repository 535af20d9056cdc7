package jpus.taskforce.portal.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /api/v1/goods} and {@code GET /api/v1/regions}: an entry of the vocabulary with its
 * labels, its broader entry and the number of documents the caller may read that cover it (those
 * tagged with a narrower entry included, as the {@code good=} and {@code region=} filters find them).
 */
@Schema(requiredProperties = { "id", "labels", "parent", "count" })
public record TagTermView(String id, Localized labels,
        @Schema(nullable = true, description = "The id of the broader entry (solar for polysilicon, CN for CN-XJ), or null") String parent,
        long count) {
}
