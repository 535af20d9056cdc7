package jpus.taskforce.portal.api;

/** {@code GET /api/v1/topics}: a topic with its labels, description and number of public documents. */
public record TopicView(String id, Localized labels, Localized description, long count) {
}
