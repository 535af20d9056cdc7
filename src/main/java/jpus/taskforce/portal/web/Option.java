package jpus.taskforce.portal.web;

/** A choice in a select, a set of checkboxes or radio buttons. */
public record Option(String value, String label, boolean selected) {
}
