package jpus.taskforce.portal.translation;

import com.fasterxml.jackson.annotation.JsonValue;

import jpus.taskforce.portal.document.CodedValue;

/** Whether a language version still says what the other one says. */
public enum TranslationStatus implements CodedValue {
    /** Matches the other language as far as staff have said. */
    CURRENT,
    /** The other language changed since, and this one has not followed. */
    OUTDATED,
    /** The document has no version in this language. */
    MISSING;

    @Override
    @JsonValue
    public String code() {
        return CodedValue.kebab(this);
    }
}
