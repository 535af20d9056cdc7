package jpus.taskforce.portal.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One value of a facet with its label in the requested language and its count. */
@Schema(requiredProperties = { "value", "label", "count" })
public record FacetValueView(String value, String label, long count) {
}
