package jpus.taskforce.portal.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/v1/topics}: a topic with its labels, description and number of public documents. */
@Schema(requiredProperties = { "id", "labels", "description", "count" })
public record TopicView(String id, Localized labels, Localized description, long count) {
}
