package jpus.taskforce.portal.web;

import io.quarkus.qute.TemplateData;

/** A choice in a select, a set of checkboxes or radio buttons. */
@TemplateData
public record Option(String value, String label, boolean selected) {
}
