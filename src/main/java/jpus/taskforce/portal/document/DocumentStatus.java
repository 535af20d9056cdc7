package jpus.taskforce.portal.document;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a document stands in its legal or policy life (not its editorial workflow). */
public enum DocumentStatus implements CodedValue {
    IN_FORCE, SUPERSEDED, PROPOSED, ARCHIVED;

    @Override
    @JsonValue
    public String code() {
        return CodedValue.kebab(this);
    }
}
