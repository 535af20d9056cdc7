package jpus.taskforce.portal.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import jpus.taskforce.portal.audit.AuditAction;

/** One entry of the audit log. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "at", "action" })
public record AuditEntryView(Instant at, String actor, AuditAction action, String slug, String detail) {
}
