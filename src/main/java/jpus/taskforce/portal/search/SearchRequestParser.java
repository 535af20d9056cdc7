package jpus.taskforce.portal.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jpus.taskforce.portal.document.CodedValue;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * Validates search parameters into a {@link SearchRequest}, collecting every problem rather than
 * stopping at the first, so a partner can fix a request in one go.
 */
@ApplicationScoped
public class SearchRequestParser {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 1000;
    /** The deepest result a page can reach; deeper walks use cursors. */
    public static final int MAX_WINDOW = 10_000;

    @Inject
    Vocabulary vocabulary;

    /** The outcome: a request when {@code problems} is empty. */
    public record Parsed(SearchRequest request, List<InvalidParameter> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public Parsed parse(SearchParameters p, Language language) {
        List<InvalidParameter> problems = new ArrayList<>();
        String query = cleanQuery(p.q, problems);
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> selected = new LinkedHashSet<>();
            for (String raw : p.values(facet)) {
                for (String value : raw.split(",")) {
                    String code = value.strip();
                    if (code.isEmpty()) {
                        continue;
                    }
                    if (isKnown(facet, code)) {
                        selected.add(normalised(facet, code));
                    } else {
                        problems.add(new InvalidParameter(facet.parameter(), "unknown value '" + truncate(code) + "'"));
                    }
                }
            }
            filters.put(facet, selected);
        }
        LocalDate from = date("issuedFrom", p.issuedFrom, problems);
        LocalDate to = date("issuedTo", p.issuedTo, problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new InvalidParameter("issuedTo", "must not be before issuedFrom"));
        }
        SearchSort sort = sort(p.sort, problems);
        int page = integer("page", p.page, 1, 1, Integer.MAX_VALUE, problems);
        int size = integer("size", p.size, DEFAULT_SIZE, 1, MAX_SIZE, problems);
        if (problems.isEmpty() && (long) page * size > MAX_WINDOW) {
            problems.add(new InvalidParameter("page", "page × size may not exceed " + MAX_WINDOW));
        }
        SearchRequest request = problems.isEmpty()
                ? new SearchRequest(query, language, filters, from, to, sort, page, size, null)
                : null;
        return new Parsed(request, List.copyOf(problems));
    }

    private boolean isKnown(Facet facet, String code) {
        return switch (facet) {
            case AGENCY -> vocabulary.agency(code).isPresent();
            case TOPIC -> vocabulary.topic(code).isPresent();
            case GOOD -> vocabulary.good(code).isPresent();
            case REGION -> vocabulary.region(code).isPresent();
            default -> facet.indexValue(code).isPresent();
        };
    }

    /** Codes in their canonical spelling, so that URLs and facet selections compare equal. */
    private static String normalised(Facet facet, String code) {
        return facet.indexValue(code).map(facet::code).orElse(code);
    }

    /** Control characters carry no meaning in a query and some engines choke on them: treat them as spaces. */
    private static String cleanQuery(String q, List<InvalidParameter> problems) {
        if (q == null) {
            return "";
        }
        String cleaned = q.replaceAll("[\\p{Cntrl}\\p{Cs}\\uFFFD]", " ").strip();
        if (cleaned.length() > MAX_QUERY_LENGTH) {
            problems.add(new InvalidParameter("q", "may be at most " + MAX_QUERY_LENGTH + " characters long"));
        }
        return cleaned;
    }

    private static SearchSort sort(String value, List<InvalidParameter> problems) {
        if (value == null || value.isBlank()) {
            return SearchSort.RELEVANCE;
        }
        if (value.strip().equalsIgnoreCase("date")) {
            return SearchSort.NEWEST;
        }
        return CodedValue.fromCode(SearchSort.class, value).orElseGet(() -> {
            problems.add(new InvalidParameter("sort", "must be one of " + CodedValue.allowed(SearchSort.class) + " or date"));
            return SearchSort.RELEVANCE;
        });
    }

    private static LocalDate date(String name, String value, List<InvalidParameter> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InvalidParameter(name, "must be an ISO date such as 2023-01-06"));
            return null;
        }
    }

    private static int integer(String name, String value, int fallback, int min, int max, List<InvalidParameter> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new InvalidParameter(name, max == Integer.MAX_VALUE
                ? "must be a whole number of at least " + min
                : "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    private static String truncate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
