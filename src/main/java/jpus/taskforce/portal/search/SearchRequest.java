package jpus.taskforce.portal.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import jpus.taskforce.portal.document.Language;

/**
 * A validated search: the reader's query in the simple syntax (quotes, {@code -}, {@code |}),
 * the display language, the selected facet values (OR within a facet, AND across facets, as codes),
 * an optional issued-date range, the order and the page (from 1).
 */
public record SearchRequest(
        String query,
        Language language,
        Map<Facet, Set<String>> filters,
        LocalDate issuedFrom,
        LocalDate issuedTo,
        SearchSort sort,
        int page,
        int size) {

    public SearchRequest {
        query = query == null ? "" : query.strip();
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = copy;
    }

    public Set<String> selected(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public boolean hasQuery() {
        return !query.isEmpty();
    }

    public SearchRequest withQuery(String otherQuery) {
        return new SearchRequest(otherQuery, language, filters, issuedFrom, issuedTo, sort, page, size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
