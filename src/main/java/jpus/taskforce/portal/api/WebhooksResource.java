package jpus.taskforce.portal.api;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;
import jpus.taskforce.portal.webhook.Webhook;
import jpus.taskforce.portal.webhook.Webhooks;

/** Admins register partner endpoints that receive signed change events. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "oidc")
public class WebhooksResource {

    @Inject
    Webhooks webhooks;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerWebhook", summary = "Register an endpoint", description = "Events: created, updated, published, archived, "
            + "withdrawn (all when left out). Each is POSTed as JSON with the headers Portal-Webhook-Id (the idempotency "
            + "key, the same on every retry), Portal-Webhook-Event, Portal-Webhook-Timestamp (Unix seconds) and "
            + "Portal-Webhook-Signature: v1=hex(HMAC-SHA256(secret, timestamp + \".\" + body)). The secret is shown once.")
    @APIResponse(responseCode = "201", description = "Registered; the secret is in this answer only",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public Response register(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.Registration.class),
                    examples = @ExampleObject(name = "registration", value = ApiExamples.WEBHOOK))) WebhookView.Registration registration) {
        if (registration == null) {
            throw ProblemException.invalidParameters(List.of(InvalidParameter.required("body")));
        }
        var result = webhooks.register(registration.url(), registration.events(), registration.secret(), viewer());
        WebhookView view = view(result.webhook(), result.secret());
        return Response.created(URI.create("/api/v1/webhooks/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Registered endpoints")
    public List<WebhookView> list() {
        return webhooks.list(viewer()).stream().map(w -> view(w, null)).toList();
    }

    @DELETE
    @Path("/{id}")
    // Its only body is a problem, which is all a generated client accepts for it.
    @Produces(Problem.MEDIA_TYPE)
    @Operation(operationId = "removeWebhook", summary = "Remove an endpoint", description = "Its queued deliveries go with it.")
    public void remove(@PathParam("id") String id) {
        webhooks.remove(id(id), viewer());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Delivery log", description = "The newest 100 deliveries: attempts, last answer, when delivered.")
    public List<WebhookView.Delivery> deliveries(@PathParam("id") String id) {
        return webhooks.deliveries(id(id), viewer(), 100).stream()
                .map(d -> new WebhookView.Delivery(d.getId(), d.getIdempotencyKey(), d.getStatus(), d.getAttempts(),
                        d.getLastStatus(), d.getLastError(), d.getCreatedAt(), d.getNextAttemptAt(), d.getDeliveredAt(),
                        d.getPayload()))
                .toList();
    }

    private static WebhookView view(Webhook w, String secret) {
        return new WebhookView(w.getId(), w.getUrl(), w.getEvents(), w.isActive(), w.getCreatedBy(), w.getCreatedAt(),
                secret);
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameters(List.of(new InvalidParameter("id", Reason.ID, "must be a webhook number")));
        }
    }
}
