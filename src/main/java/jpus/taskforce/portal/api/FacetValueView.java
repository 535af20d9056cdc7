package jpus.taskforce.portal.api;

/** One value of a facet with its label in the requested language and its count. */
public record FacetValueView(String value, String label, long count) {
}
