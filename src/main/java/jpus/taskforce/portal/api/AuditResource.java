package jpus.taskforce.portal.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.validator.constraints.Range;

import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.audit.AuditLog;
import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.validation.InvalidParameter;

/** The audit log, for admins. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "oidc")
public class AuditResource {

    static final int MAX_SIZE = 200;

    @Inject
    AuditLog audit;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(operationId = "listAuditEntries", summary = "Audit log", description = "Who did what and when, newest first: creations, edits, "
            + "submissions, approvals, publications, archiving, attachments and failed sign-ins. Admins only.")
    public List<AuditEntryView> entries(
            @Parameter(description = "Only entries about this document") @QueryParam("slug") String slug,
            @Parameter(description = "Page number from 1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "1"))
            @QueryParam("page") @DefaultValue("1") @Range(min = 1, max = 10_000) int page,
            @Parameter(description = "Entries per page, 1 to 200 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("size") @DefaultValue("50") @Range(min = 1, max = MAX_SIZE) int size) {
        PublishingException.requireAdmin(Viewer.of(identity), "Only admins read the audit log.");
        return audit.recent(slug == null || slug.isBlank() ? null : slug, (page - 1) * size, size).stream()
                .map(e -> new AuditEntryView(e.getOccurredAt(), e.getActor(), e.getAction(), e.getSlug(), e.getDetail()))
                .toList();
    }
}
