package jpus.taskforce.portal.document;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a document stands in its legal or policy life (not its editorial workflow). */
public enum DocumentStatus implements CodedValue {
    IN_FORCE,
    /** Adopted (a law passed and promulgated, a rule issued) but not yet in force: its {@code effective} date says when. */
    ENACTED,
    SUPERSEDED,
    PROPOSED,
    ARCHIVED;

    @Override
    @JsonValue
    public String code() {
        return CodedValue.kebab(this);
    }
}
