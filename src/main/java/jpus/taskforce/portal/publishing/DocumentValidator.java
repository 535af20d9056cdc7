package jpus.taskforce.portal.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jpus.taskforce.portal.document.CodedValue;
import jpus.taskforce.portal.document.DocumentMetadata;
import jpus.taskforce.portal.document.DocumentRules;
import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageText;
import jpus.taskforce.portal.document.LanguageVersion;
import jpus.taskforce.portal.document.PartialDate;
import jpus.taskforce.portal.document.Provenance;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;
import jpus.taskforce.portal.vocabulary.Agency;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * Checks a document sent by staff against the same rules as the content files, and reports every
 * problem at once, by field, so that a form or a partner can fix them all in one go.
 */
@ApplicationScoped
public class DocumentValidator {

    static final int NOTE_MAX = 2000;
    private static final String PARTIAL_DATE = "YYYY-MM-DD, YYYY-MM or YYYY";
    /** Control characters other than tab and line breaks: never text, and NUL is refused by the database. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @Inject
    Vocabulary vocabulary;

    public ValidatedDocument validate(DocumentInput input) {
        List<InvalidParameter> problems = new ArrayList<>();
        if (input == null) {
            throw new PublishingException.Invalid(List.of(new InvalidParameter("body", Reason.REQUIRED, "a document is required")));
        }
        String slug = input.slug() == null ? null : input.slug().strip();
        if (slug == null || !DocumentRules.SLUG.matcher(slug).matches()) {
            problems.add(new InvalidParameter("slug", Reason.SLUG, "must be 3-80 lower-case letters, digits and hyphens, "
                    + "not starting or ending with a hyphen"));
        }
        DocumentType type = coded(problems, "type", input.type(), DocumentType.class, true);
        Government government = coded(problems, "government", input.government(), Government.class, true);
        DocumentStatus status = coded(problems, "status", input.status(), DocumentStatus.class, true);
        Visibility visibility = input.visibility() == null ? Visibility.PUBLIC
                : coded(problems, "visibility", input.visibility(), Visibility.class, true);
        checkAgency(problems, input.agency(), government);
        List<String> topics = topics(problems, input.topics());
        PartialDate issued = date(problems, "issued", input.issued(), true);
        PartialDate effective = date(problems, "effective", input.effective(), false);
        PartialDate updated = date(problems, "updated", input.updated(), false);
        if (input.binding() == null) {
            problems.add(new InvalidParameter("binding", Reason.REQUIRED, "is required (true or false)",
                    Map.of("allowed", "true, false")));
        }
        DocumentRules.sourceUrlProblem(input.sourceUrl())
                .ifPresent(p -> problems.add(new InvalidParameter("sourceUrl",
                        input.sourceUrl() == null || input.sourceUrl().isBlank() ? Reason.REQUIRED : Reason.URL, p)));
        checkLength(problems, "citation", input.citation(), 300);
        String supersededBy = blankToNull(input.supersededBy());
        if (supersededBy != null && !DocumentRules.SLUG.matcher(supersededBy).matches()) {
            problems.add(new InvalidParameter("supersededBy", Reason.SUCCESSOR, "must be the slug of the succeeding document"));
        }
        if (status == DocumentStatus.SUPERSEDED && supersededBy == null) {
            problems.add(new InvalidParameter("supersededBy", Reason.SUCCESSOR_REQUIRED, "is required when the status is superseded"));
        }
        Provenance provenance = input.provenance() == null ? Provenance.OFFICIAL
                : coded(problems, "provenance", input.provenance(), Provenance.class, true);
        LocalDate reviewed = reviewed(problems, input.reviewed());
        if (status == DocumentStatus.ENACTED && effective == null) {
            problems.add(new InvalidParameter("effective", Reason.EFFECTIVE_REQUIRED, "is required when the status is enacted"));
        }
        List<String> goods = known(problems, "goods", input.goods(), id -> vocabulary.good(id).isPresent());
        List<String> regions = known(problems, "regions", input.regions(), id -> vocabulary.region(id).isPresent());
        Map<Language, LanguageText> texts = texts(problems, input.versions());
        String singleLanguageReason = blankToNull(input.singleLanguageReason());
        if (texts.size() == 1 && singleLanguageReason == null) {
            problems.add(new InvalidParameter("singleLanguageReason", Reason.ONE_LANGUAGE,
                    "is required when the document exists in one language only"));
        }
        checkLength(problems, "singleLanguageReason", singleLanguageReason, 500);
        checkLength(problems, "changeNote", input.changeNote(), NOTE_MAX);
        Instant publishAt = instant(problems, "publishAt", input.publishAt());
        if (!problems.isEmpty()) {
            throw new PublishingException.Invalid(problems);
        }
        DocumentMetadata metadata = new DocumentMetadata(type, government, input.agency().strip(), topics, issued,
                effective, updated, status, input.binding(), blankToNull(input.citation()), input.sourceUrl().strip(),
                visibility, supersededBy, texts.size() == 1 ? singleLanguageReason : null, provenance, reviewed, goods,
                regions);
        return new ValidatedDocument(slug, metadata, texts, blankToNull(input.changeNote()),
                Boolean.TRUE.equals(input.major()), publishAt);
    }

    private void checkAgency(List<InvalidParameter> problems, String agencyId, Government government) {
        if (agencyId == null || agencyId.isBlank()) {
            problems.add(InvalidParameter.required("agency"));
            return;
        }
        Optional<Agency> agency = vocabulary.agency(agencyId.strip());
        if (agency.isEmpty()) {
            problems.add(new InvalidParameter("agency", Reason.UNKNOWN, "is not a known agency id", Map.of("value", shorten(agencyId))));
        } else if (government != null && agency.get().government() != government) {
            problems.add(new InvalidParameter("agency", Reason.AGENCY_GOVERNMENT, "belongs to " + agency.get().government().code()
                    + ", not to the document's government " + government.code()));
        }
    }

    private List<String> topics(List<InvalidParameter> problems, List<String> topics) {
        if (topics == null || topics.isEmpty()) {
            problems.add(new InvalidParameter("topics", Reason.TOPICS, "needs at least one topic id"));
            return List.of();
        }
        LinkedHashSet<String> valid = new LinkedHashSet<>();
        for (String topic : topics) {
            if (topic == null || vocabulary.topic(topic.strip()).isEmpty()) {
                problems.add(new InvalidParameter("topics", Reason.UNKNOWN, "'" + shorten(topic) + "' is not a known topic id",
                        Map.of("value", shorten(topic))));
            } else {
                valid.add(topic.strip());
            }
        }
        return List.copyOf(valid);
    }

    private static List<String> known(List<InvalidParameter> problems, String field, List<String> ids,
            java.util.function.Predicate<String> exists) {
        if (ids == null) {
            return List.of();
        }
        LinkedHashSet<String> valid = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null || !exists.test(id.strip())) {
                problems.add(new InvalidParameter(field, Reason.UNKNOWN, "'" + shorten(id) + "' is not a known id",
                        Map.of("value", shorten(id))));
            } else {
                valid.add(id.strip());
            }
        }
        return List.copyOf(valid);
    }

    private static LocalDate reviewed(List<InvalidParameter> problems, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate reviewed = LocalDate.parse(value.strip());
            if (reviewed.isAfter(LocalDate.now())) {
                problems.add(new InvalidParameter("reviewed", Reason.FUTURE, "cannot be in the future"));
            }
            return reviewed;
        } catch (DateTimeParseException e) {
            problems.add(new InvalidParameter("reviewed", Reason.DATE, "must be a date as YYYY-MM-DD", Map.of("format", "YYYY-MM-DD")));
            return null;
        }
    }

    private static Map<Language, LanguageText> texts(List<InvalidParameter> problems, Map<String, DocumentInput.TextInput> versions) {
        Map<Language, LanguageText> texts = new EnumMap<>(Language.class);
        if (versions == null || versions.isEmpty()) {
            problems.add(new InvalidParameter("versions", Reason.VERSIONS, "needs an en or a ja version, or both"));
            return texts;
        }
        versions.forEach((code, text) -> {
            Optional<Language> language = CodedValue.fromCode(Language.class, code);
            String field = "versions." + shorten(code);
            if (language.isEmpty()) {
                problems.add(new InvalidParameter(field, Reason.NOT_ALLOWED, "the language must be en or ja", Map.of("allowed", "en, ja")));
            } else if (text == null) {
                problems.add(new InvalidParameter(field, Reason.REQUIRED, "is empty"));
            } else {
                int before = problems.size();
                required(problems, field + ".title", text.title(), DocumentRules.TITLE_MAX);
                required(problems, field + ".summary", text.summary(), DocumentRules.SUMMARY_MAX);
                checkLength(problems, field + ".scope", text.scope(), DocumentRules.LINE_MAX);
                checkLength(problems, field + ".enforcement", text.enforcement(), DocumentRules.LINE_MAX);
                required(problems, field + ".body", text.body(), LanguageVersion.BODY_MAX_LENGTH);
                if (problems.size() == before) {
                    texts.put(language.get(), new LanguageText(text.title().strip(), text.summary().strip(),
                            blankToNull(text.scope()), blankToNull(text.enforcement()), text.body()));
                }
            }
        });
        return texts;
    }

    private static <E extends Enum<E> & CodedValue> E coded(List<InvalidParameter> problems, String field, String value,
            Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(InvalidParameter.required(field));
            }
            return null;
        }
        Optional<E> coded = CodedValue.fromCode(type, value.strip());
        if (coded.isEmpty()) {
            problems.add(InvalidParameter.notAllowed(field, CodedValue.allowed(type)));
        }
        return coded.orElse(null);
    }

    private static PartialDate date(List<InvalidParameter> problems, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new InvalidParameter(field, Reason.REQUIRED, "is required (YYYY-MM-DD, YYYY-MM or YYYY)",
                        Map.of("format", PARTIAL_DATE)));
            }
            return null;
        }
        try {
            return PartialDate.parse(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidParameter(field, Reason.DATE, "must be a date as YYYY-MM-DD, YYYY-MM or YYYY",
                    Map.of("format", PARTIAL_DATE)));
            return null;
        }
    }

    private static Instant instant(List<InvalidParameter> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InvalidParameter(field, Reason.INSTANT, "must be an ISO-8601 instant such as 2027-01-06T00:00:00Z"));
            return null;
        }
    }

    /** Whether the text holds control characters other than tab and line breaks. */
    public static boolean hasControlCharacters(String value) {
        return value != null && CONTROL.matcher(value).find();
    }

    private static void required(List<InvalidParameter> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(InvalidParameter.required(field));
        } else {
            checkLength(problems, field, value, max);
        }
    }

    private static void checkLength(List<InvalidParameter> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(InvalidParameter.tooLong(field, max));
        } else if (value != null && CONTROL.matcher(value).find()) {
            problems.add(new InvalidParameter(field, Reason.CONTROL_CHARACTERS, "contains control characters"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String shorten(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
