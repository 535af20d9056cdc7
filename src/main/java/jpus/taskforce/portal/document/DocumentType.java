package jpus.taskforce.portal.document;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of instrument a document is. */
public enum DocumentType implements CodedValue {
    GUIDANCE, LAW, REGULATION, POLICY, BEST_PRACTICE, REPORT, AGREEMENT, MEETING_RECORD;

    @Override
    @JsonValue
    public String code() {
        return CodedValue.kebab(this);
    }
}
