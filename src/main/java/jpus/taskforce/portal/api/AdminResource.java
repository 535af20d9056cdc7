package jpus.taskforce.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.operations.DetailedHealth;
import jpus.taskforce.portal.operations.HealthReport;
import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.search.ZeroDowntimeReindex;
import jpus.taskforce.portal.security.Viewer;

/**
 * Operations for admins: a full rebuild of the search index without a moment of failed searches,
 * and the detailed health of every service the portal depends on.
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "The search index, the health of every service, the audit log and webhooks (admins)")
@SecurityRequirement(name = "oidc")
public class AdminResource {

    @Inject
    ZeroDowntimeReindex reindex;

    @Inject
    DetailedHealth health;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("/reindex")
    @Operation(operationId = "startReindex", summary = "Rebuild the search index", description = "Builds a new index from the database while "
            + "searches keep reading the current one, then switches them over atomically. Answers at once; follow "
            + "the progress with GET.")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZeroDowntimeReindex.Status.class)))
    @APIResponse(responseCode = "200", description = "With wait=true: finished, and how",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZeroDowntimeReindex.Status.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is already running on this replica")
    public Response start(@Parameter(description = "Answer only once the rebuild has finished (for the Kubernetes Job, "
            + "whose later status requests could reach another replica)") @QueryParam("wait") boolean wait) {
        requireAdmin();
        if (wait) {
            try {
                ZeroDowntimeReindex.Status done = reindex.runNow();
                return Response.status(done.state() == ZeroDowntimeReindex.State.DONE ? 200 : 500).entity(done).build();
            } catch (IllegalStateException e) {
                throw new PublishingException.Conflict("A reindex is already running.");
            }
        }
        if (!reindex.start()) {
            throw new PublishingException.Conflict("A reindex is already running.");
        }
        return Response.accepted(reindex.status()).build();
    }

    @GET
    @Path("/reindex")
    @Operation(operationId = "getReindexStatus", summary = "Progress of the last rebuild on this replica")
    public ZeroDowntimeReindex.Status status() {
        requireAdmin();
        return reindex.status();
    }

    @GET
    @Path("/health")
    @Operation(operationId = "getHealthReport", summary = "Detailed health", description = "The database, the search engine (version, cluster health, "
            + "indexes behind the aliases, documents indexed against the database, outbox backlog), Keycloak (discovery "
            + "document and signing keys; NOT_CONFIGURED without OIDC) and the webhook delivery backlog, checked now. "
            + "Always 200 for an admin: each component carries its own status. Readiness (/q/health/ready) leaves "
            + "Keycloak out, since public pages never need it.")
    public HealthReport health() {
        requireAdmin();
        return health.check();
    }

    private void requireAdmin() {
        PublishingException.requireAdmin(Viewer.of(identity), "Only admins run operations.");
    }
}
