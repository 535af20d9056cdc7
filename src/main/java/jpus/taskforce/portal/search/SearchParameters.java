package jpus.taskforce.portal.search;

import java.util.List;

/**
 * Search parameters exactly as a reader or partner sent them, before validation. Shared by the
 * API and the search page so both accept the same URLs.
 */
public record SearchParameters(
        String q,
        List<String> type,
        List<String> government,
        List<String> agency,
        List<String> topic,
        List<String> language,
        String issuedFrom,
        String issuedTo,
        String sort,
        String page,
        String size) {

    public List<String> values(Facet facet) {
        List<String> values = switch (facet) {
            case TYPE -> type;
            case GOVERNMENT -> government;
            case AGENCY -> agency;
            case TOPIC -> topic;
            case LANGUAGE -> language;
        };
        return values == null ? List.of() : values;
    }
}
