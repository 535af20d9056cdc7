package jpus.taskforce.portal.web;

/** A link as templates show it. */
public record Link(String url, String label) {
}
