package jpus.taskforce.portal.validation;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a parameter or field was refused, as a code that clients branch on and that each language
 * words in its own message bundle (the pages' {@code validation} message); the English sentence
 * beside it in {@link InvalidParameter#reason()} is for developers reading the answer.
 */
public enum Reason {
    /** Missing or empty. */
    REQUIRED,
    /** Not one of the values listed in {@code allowed}. */
    NOT_ALLOWED,
    /** An id that the vocabulary or the portal does not know ({@code value}). */
    UNKNOWN,
    /** Longer than {@code max} characters. */
    TOO_LONG,
    /** Length outside {@code min}–{@code max} characters. */
    LENGTH,
    /** A number outside {@code min}–{@code max} (no {@code max}: at least {@code min}). */
    OUT_OF_RANGE,
    /** Not a whole number. */
    NUMBER,
    /** Not a date in the expected form ({@code format}). */
    DATE,
    /** Not an ISO-8601 instant. */
    INSTANT,
    /** A time that must be in the future is not. */
    NOT_FUTURE,
    /** A date that cannot be in the future is. */
    FUTURE,
    /** A range whose end comes before its start. */
    BEFORE_START,
    /** Beyond the deepest page a list can reach ({@code max} results). */
    TOO_DEEP,
    /** Not an https URL without credentials. */
    URL,
    /** Control characters in text. */
    CONTROL_CHARACTERS,
    /** A cursor this portal did not issue, or a page and a cursor together. */
    CURSOR,
    /** Not an id of the expected kind. */
    ID,
    /** A slug that breaks the slug rules. */
    SLUG,
    /** A slug already used by another document. */
    SLUG_TAKEN,
    /** An attempt to change a document's slug. */
    SLUG_FIXED,
    /** The issuing body belongs to another government than the document. */
    AGENCY_GOVERNMENT,
    /** No topic chosen. */
    TOPICS,
    /** Neither language version given. */
    VERSIONS,
    /** The successor document is required because the status is superseded. */
    SUCCESSOR_REQUIRED,
    /** The successor is not another published document. */
    SUCCESSOR,
    /** The date it takes effect is required because the status is enacted. */
    EFFECTIVE_REQUIRED,
    /** The reason for one language only is required. */
    ONE_LANGUAGE,
    /** A change note is required for a revision. */
    CHANGE_NOTE,
    /** An attached file that was not accepted ({@code file}: why). */
    FILE;

    /** The code as clients see it: {@code out-of-range}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
