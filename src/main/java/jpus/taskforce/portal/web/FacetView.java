package jpus.taskforce.portal.web;

import java.util.List;

/** A facet on the search page: its parameter, heading and values as checkboxes. */
public record FacetView(String parameter, String label, List<Option> options) {

    public record Option(String value, String label, long count, boolean selected) {
    }
}
