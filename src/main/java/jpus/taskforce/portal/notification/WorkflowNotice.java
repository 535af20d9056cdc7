package jpus.taskforce.portal.notification;

import jpus.taskforce.portal.document.CodedValue;

/** The workflow steps staff are told of. */
public enum WorkflowNotice implements CodedValue {
    SUBMITTED, RETURNED, APPROVED, PUBLISHED;

    @Override
    public String code() {
        return CodedValue.kebab(this);
    }
}
