package jpus.taskforce.portal.api;

import java.util.List;

import jakarta.inject.Inject;
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

import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.audit.AuditLog;
import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.search.InvalidParameter;
import jpus.taskforce.portal.security.Viewer;

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
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Entries per page, 1 to 200 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("size") String size) {
        PublishingException.requireAdmin(Viewer.of(identity), "Only admins read the audit log.");
        int p = number("page", page, 1, 10_000, 1);
        int s = number("size", size, 1, MAX_SIZE, 50);
        return audit.recent(slug == null || slug.isBlank() ? null : slug, (p - 1) * s, s).stream()
                .map(e -> new AuditEntryView(e.getOccurredAt(), e.getActor(), e.getAction(), e.getSlug(), e.getDetail()))
                .toList();
    }

    private static int number(String name, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidParameters(List.of(new InvalidParameter(name, "must be a number from " + min + " to " + max)));
    }
}
