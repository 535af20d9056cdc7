package jpus.taskforce.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.quarkus.qute.TemplateData;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;

/**
 * The validator's findings as a form shows them: next to each field, and as a summary at the top
 * linking to the fields. Each finding is worded from its code ({@link Reason}) in the page's
 * language, never from the English sentence the API sends beside it.
 */
// Read by the user tags (tags/*.html), whose expressions are not type-checked.
@TemplateData
public final class FieldErrors {

    /** An entry of the summary: the field's label, what is wrong, and the id of the field's input. */
    @TemplateData
    public record Entry(String anchor, String label, String text) {
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
            String text = text(problem, page);
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

    static String text(InvalidParameter problem, Language page) {
        AppMessages msg = Labels.in(page);
        return switch (problem.code()) {
            case TOO_LONG -> msg.validation_limit(problem.args().get("max"));
            case LENGTH -> msg.validation_length(problem.args().get("min"), problem.args().get("max"));
            case OUT_OF_RANGE -> msg.validation_range(problem.args().get("min"), problem.args().get("max"));
            default -> msg.validation(rule(problem));
        };
    }

    /** The message for a code, more precise where the field or the code's arguments say more. */
    private static String rule(InvalidParameter problem) {
        return switch (problem.code()) {
            case REQUIRED -> problem.args().containsKey("format") ? Reason.DATE.code()
                    : problem.args().containsKey("allowed") ? Reason.NOT_ALLOWED.code()
                    : "sourceUrl".equals(problem.name()) ? "source" : Reason.REQUIRED.code();
            case UNKNOWN -> switch (problem.name()) {
                case "topics", "agency" -> problem.name();
                default -> Reason.NOT_ALLOWED.code();
            };
            default -> problem.code().code();
        };
    }
}
