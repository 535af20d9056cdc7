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
 * an optional issued-date range, the order and the page (from 1), or instead of a page the position
 * a cursor gave ({@code continuation}, see {@link SearchCursor}).
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
        SearchCursor.Position continuation) {

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
        return new SearchRequest(otherQuery, language, filters, issuedFrom, issuedTo, sort, page, size, continuation);
    }

    /** The same search continued at a cursor's position instead of by page. */
    public SearchRequest continuing(SearchCursor.Position position) {
        return new SearchRequest(query, language, filters, issuedFrom, issuedTo, sort, 1, size, position);
    }

    /** The sort values to continue after, when a cursor gave them. */
    public JsonArray after() {
        return continuation instanceof SearchCursor.After after ? after.sortValues() : null;
    }

    public int offset() {
        if (continuation instanceof SearchCursor.Offset offset) {
            return offset.offset();
        }
        return continuation != null ? 0 : (page - 1) * size;
    }
}
