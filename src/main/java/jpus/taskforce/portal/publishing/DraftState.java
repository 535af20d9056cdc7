package jpus.taskforce.portal.publishing;

import com.fasterxml.jackson.annotation.JsonValue;

import jpus.taskforce.portal.document.CodedValue;

/** Where a draft stands on its way to publication. Published and archived are states of the document itself. */
public enum DraftState implements CodedValue {
    DRAFT, IN_REVIEW, APPROVED;

    @Override
    @JsonValue
    public String code() {
        return CodedValue.kebab(this);
    }
}
