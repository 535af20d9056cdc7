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
import jakarta.validation.Validator;

import jpus.taskforce.portal.document.CodedValue;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;
import jpus.taskforce.portal.validation.Violations;
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

    @Inject
    Validator validator;

    /** The outcome: a request when {@code problems} is empty. */
    public record Parsed(SearchRequest request, List<InvalidParameter> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public Parsed parse(SearchParameters p, Language language) {
        // Checked here rather than before the call: the search page shows every problem beside the
        // results it can still give, and the API lists them all in one answer.
        List<InvalidParameter> problems = new ArrayList<>(Violations.of(validator.validate(p)));
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
                        problems.add(InvalidParameter.unknown(facet.parameter(), truncate(code)));
                    }
                }
            }
            filters.put(facet, selected);
        }
        LocalDate from = date("issuedFrom", p.issuedFrom, problems);
        LocalDate to = date("issuedTo", p.issuedTo, problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new InvalidParameter("issuedTo", Reason.BEFORE_START, "must not be before issuedFrom"));
        }
        SearchSort sort = sort(p.sort, problems);
        int page = p.page == null ? 1 : p.page;
        int size = p.size == null ? DEFAULT_SIZE : p.size;
        if (problems.isEmpty() && (long) page * size > MAX_WINDOW) {
            problems.add(new InvalidParameter("page", Reason.TOO_DEEP, "page × size may not exceed " + MAX_WINDOW,
                    Map.of("max", String.valueOf(MAX_WINDOW))));
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
            problems.add(InvalidParameter.tooLong("q", MAX_QUERY_LENGTH));
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
            problems.add(InvalidParameter.notAllowed("sort", CodedValue.allowed(SearchSort.class) + ", date"));
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
            problems.add(new InvalidParameter(name, Reason.DATE, "must be an ISO date such as 2023-01-06",
                    Map.of("format", "YYYY-MM-DD")));
            return null;
        }
    }

    private static String truncate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
