package jpus.taskforce.portal.document;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who may read a document: everyone, or task-force members only. */
public enum Visibility implements CodedValue {
    PUBLIC, RESTRICTED;

    @Override
    @JsonValue
    public String code() {
        return CodedValue.kebab(this);
    }
}
