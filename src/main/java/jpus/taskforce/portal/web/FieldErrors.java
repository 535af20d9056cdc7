package jpus.taskforce.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.TemplateData;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.search.InvalidParameter;

/**
 * The validator's findings as a form shows them: next to each field, and as a summary at the top
 * linking to the fields. The validator words its reasons in English for partner developers; the
 * common rules are recognised and worded in the page's language, anything else is shown as written
 * on English pages and as a general request to check the field on Japanese ones.
 */
// Read by the user tags (tags/*.html), whose expressions are not type-checked.
@TemplateData
public final class FieldErrors {

    /** An entry of the summary: the field's label, what is wrong, and the id of the field's input. */
    @TemplateData
    public record Entry(String anchor, String label, String text) {
    }

    private static final Pattern LIMIT = Pattern.compile("is limited to (\\d+) characters");
    private static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        // Order matters: the first reason prefix that matches names the rule.
        RULES.put("is required (true or false)", "choose");
        RULES.put("is required (YYYY", "date");
        RULES.put("is required: the official source", "source");
        RULES.put("is required when the status is superseded", "superseded");
        RULES.put("is required when the document exists in one language", "one-language");
        RULES.put("is required: say what changed", "change-note");
        RULES.put("is required", "required");
        RULES.put("must be one of", "choose");
        RULES.put("must be a date as", "date");
        RULES.put("must be an https URL", "https");
        RULES.put("is not a valid URL", "https");
        RULES.put("is not a known agency id", "agency");
        RULES.put("belongs to ", "agency-government");
        RULES.put("needs at least one topic id", "topics");
        RULES.put("'", "topics");
        RULES.put("must be 3-80 lower-case letters", "slug");
        RULES.put("must be the slug in the address", "slug-fixed");
        RULES.put("must be the slug of the succeeding document", "successor");
        RULES.put("needs an en or a ja version", "versions");
        RULES.put("must be an ISO-8601 instant", "time");
        RULES.put("is already taken", "taken");
        RULES.put("must be in the future", "future");
    }

    private final Map<String, String> byField;
    private final List<Entry> entries;

    private FieldErrors(Map<String, String> byField, List<Entry> entries) {
        this.byField = byField;
        this.entries = entries;
    }

    public static FieldErrors none() {
        return new FieldErrors(Map.of(), List.of());
    }

    static FieldErrors of(List<InvalidParameter> problems, Language page) {
        return of(problems, page, field -> FieldLabels.label(field, page));
    }

    /** The findings on a form whose fields are not a document's, labelled by the form. */
    static FieldErrors of(List<InvalidParameter> problems, Language page, UnaryOperator<String> labels) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (InvalidParameter problem : problems) {
            String field = shownAt(problem.name());
            String text = text(problem.reason(), page);
            byField.merge(field, text, (a, b) -> a + " " + b);
            entries.add(new Entry(anchor(field), labels.apply(problem.name()), text));
        }
        return new FieldErrors(byField, entries);
    }

    /** A problem already worded in the page's language, such as a refused file. */
    static FieldErrors single(String field, String text, Language page) {
        return new FieldErrors(Map.of(field, text), List.of(new Entry(anchor(field), FieldLabels.label(field, page), text)));
    }

    public boolean any() {
        return !entries.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** What is wrong with the field, in the page's language; null when nothing is. */
    public String text(String field) {
        return byField.get(field);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The id of a field's input on the forms: {@code versions.en.title} is {@code f-versions-en-title}. */
    static String anchor(String field) {
        return "f-" + field.replace('.', '-');
    }

    /** Problems with a whole language version are shown at its title, problems with all versions at the English one. */
    private static String shownAt(String field) {
        if (field.equals("versions")) {
            return "versions.en.title";
        }
        if (field.startsWith("versions.") && field.split("\\.").length == 2) {
            return field + ".title";
        }
        return field;
    }

    static String text(String reason, Language page) {
        AppMessages msg = Labels.in(page);
        Matcher limit = LIMIT.matcher(reason);
        if (limit.find()) {
            return msg.validation_limit(limit.group(1));
        }
        return RULES.entrySet().stream()
                .filter(rule -> reason.startsWith(rule.getKey()))
                .findFirst()
                .map(rule -> msg.validation(rule.getValue()))
                .orElseGet(() -> page == Language.EN ? capitalise(reason) : msg.validation("other"));
    }

    private static String capitalise(String reason) {
        String sentence = reason.isEmpty() ? reason : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }
}
