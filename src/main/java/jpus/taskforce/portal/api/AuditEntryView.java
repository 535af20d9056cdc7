package jpus.taskforce.portal.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import jpus.taskforce.portal.audit.AuditAction;

/** One entry of the audit log. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryView(Instant at, String actor, AuditAction action, String slug, String detail) {
}
