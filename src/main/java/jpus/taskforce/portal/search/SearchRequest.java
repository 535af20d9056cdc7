package jpus.taskforce.portal.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;

import jpus.taskforce.portal.document.Language;

/**
 * A validated search: the reader's query in the simple syntax (quotes, {@code -}, {@code |}),
 * the display language, the selected facet values (OR within a facet, AND across facets, as codes),
 * an optional issued-date range, the order and the page (from 1), or instead of a page the sort
 * values of the last hit seen ({@code after}, from a {@link SearchCursor}).
 */
public record SearchRequest(
        String query,
        Language language,
        Map<Facet, Set<String>> filters,
        LocalDate issuedFrom,
        LocalDate issuedTo,
        SearchSort sort,
        int page,
        int size,
        JsonArray after) {

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
        return new SearchRequest(otherQuery, language, filters, issuedFrom, issuedTo, sort, page, size, after);
    }

    /** The same search continued after a cursor's position instead of by page. */
    public SearchRequest after(JsonArray sortValues) {
        return new SearchRequest(query, language, filters, issuedFrom, issuedTo, sort, 1, size, sortValues);
    }

    public int offset() {
        return after != null ? 0 : (page - 1) * size;
    }
}
