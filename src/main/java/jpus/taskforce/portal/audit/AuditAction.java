package jpus.taskforce.portal.audit;

import com.fasterxml.jackson.annotation.JsonValue;

import jpus.taskforce.portal.document.CodedValue;

/** What the audit log records. */
public enum AuditAction implements CodedValue {
    CREATE, EDIT, SUBMIT, RETURN, REMARK, APPROVE, SCHEDULE, PUBLISH, ARCHIVE, ATTACHMENT_UPLOAD, ATTACHMENT_DELETE, SIGN_IN_FAILED;

    @Override
    @JsonValue
    public String code() {
        return CodedValue.kebab(this);
    }
}
