package jpus.taskforce.portal.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpServerRequest;

import jpus.taskforce.portal.api.Problem;
import jpus.taskforce.portal.api.ProblemException;
import jpus.taskforce.portal.attachment.Attachments;
import jpus.taskforce.portal.attachment.RejectedAttachment;
import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.search.QueryRejectedException;
import jpus.taskforce.portal.search.SearchUnavailableException;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;
import jpus.taskforce.portal.validation.Violations;

/**
 * Turns every failure into a clean response: problem+json under {@code /api}, a friendly page
 * elsewhere. Known conditions keep their status; anything else is a logged 500 carrying only a
 * reference that leads to the log entry, never a stack trace or an internal name.
 */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);
    private static final int RETRY_AFTER_SECONDS = 10;

    /** Bearer tokens from Keycloak; Basic for the local run's demo accounts. */
    @ConfigProperty(name = "portal.security.api-challenge", defaultValue = "Bearer realm=\"portal\"")
    String challenge;

    @ConfigProperty(name = "quarkus.http.auth.form.error-page")
    Optional<String> formErrorPage;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String formPostLocation;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(request, new Problem("about:blank", e.title(), e.status(), e.getMessage(), request.path(),
                e.errors(), null));
    }

    @ServerExceptionMapper
    public Response unconvertible(InvalidParameterException e, HttpServerRequest request) {
        return invalidParameters(request, List.of(e.parameter()));
    }

    /** Bean Validation's findings on parameters are the client's to fix; on a return value, the portal's fault. */
    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpServerRequest request) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> StreamSupport
                .stream(v.getPropertyPath().spliterator(), false).anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, request);
        }
        return invalidParameters(request, Violations.of(e.getConstraintViolations()));
    }

    private static Response invalidParameters(HttpServerRequest request, List<InvalidParameter> errors) {
        ProblemException problem = ProblemException.invalidParameters(errors);
        return respond(request, new Problem("about:blank", problem.title(), problem.status(), problem.getMessage(),
                request.path(), errors, null));
    }

    @ServerExceptionMapper
    public Response publishing(PublishingException e, HttpServerRequest request) {
        Response response = respond(request, new Problem("about:blank", PublishingRefusals.title(e.refusal()),
                PublishingRefusals.status(e), e.getMessage(), request.path(), e.errors(), null));
        return e.refusal() == PublishingException.Refusal.NOT_SIGNED_IN ? challenge(response) : response;
    }

    /**
     * Credentials were sent but are not valid: a wrong password, an expired or forged token. A wrong
     * password on the local run's sign-in form goes back to the form, which says so.
     */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        if (formErrorPage.isPresent() && request.path().equals(formPostLocation)) {
            return Response.status(Response.Status.FOUND).location(URI.create(formErrorPage.get())).build();
        }
        return challenge(respond(request, Problem.of(401, "Unauthorized",
                "The credentials are not valid or have expired.", request.path())));
    }

    // Quarkus's own mappers for these two subtypes answer without a body; these take precedence.
    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpServerRequest request) {
        return unreadableBody(e, request);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpServerRequest request) {
        return unreadableBody(e, request);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, HttpServerRequest request) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        return respond(request, Problem.of(400, "Unreadable body", "The body is not JSON of the expected shape" + where + ".",
                request.path()));
    }

    private Response challenge(Response response) {
        return Response.fromResponse(response).header("WWW-Authenticate", challenge).build();
    }

    @ServerExceptionMapper
    public Response attachmentRejected(RejectedAttachment e, HttpServerRequest request) {
        return respond(request, new Problem("about:blank", "Attachment not accepted", 422, e.getMessage(), request.path(),
                List.of(attachmentParameter(e)), null));
    }

    // The reason keeps the word it had before codes existed (unsupported_type), which partners already branch on.
    private static InvalidParameter attachmentParameter(RejectedAttachment e) {
        String why = e.reason().name().toLowerCase(Locale.ROOT);
        return new InvalidParameter("file", Reason.FILE, why, Map.of("file", why.replace('_', '-')));
    }

    @ServerExceptionMapper
    public Response attachmentTooLarge(Attachments.TooLarge e, HttpServerRequest request) {
        return respond(request, Problem.of(413, "Content Too Large", e.getMessage(), request.path()));
    }

    @ServerExceptionMapper
    public Response queryRejected(QueryRejectedException e, HttpServerRequest request) {
        return respond(request, Problem.of(400, "Query not accepted", e.getMessage(), request.path()));
    }

    @ServerExceptionMapper
    public Response searchUnavailable(SearchUnavailableException e, HttpServerRequest request) {
        return unavailable(request, Problem.of(503, "Search unavailable",
                "The search engine cannot be reached at the moment; documents can still be read by slug. Retry later.",
                request.path()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String detail = status == 404 ? "There is nothing at this address." : title + ".";
        Response response = respond(request, Problem.of(status, title, detail, request.path()));
        Object allow = e.getResponse().getHeaders().getFirst("Allow");
        return allow == null ? response : Response.fromResponse(response).header("Allow", allow).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseOutage.caused(e)) {
            // Logged without the trace: during a database restart every request says the same.
            LOG.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), rootCause(e).getMessage());
            return unavailable(request, Problem.of(503, "Service unavailable",
                    "The database cannot be reached at the moment. Retry in a few seconds.", request.path()));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected failure on %s %s (reference %s)", request.method(), request.path(), reference);
        return respond(request, new Problem("about:blank", "Internal Server Error", 500,
                "The request could not be completed. Quote the reference when reporting this.", request.path(), null,
                reference));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** A dependency is out of reach: the client may retry soon, and caches must not keep the answer. */
    private static Response unavailable(HttpServerRequest request, Problem problem) {
        return Response.fromResponse(respond(request, problem))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .header("Cache-Control", "no-store")
                .build();
    }

    private static Response respond(HttpServerRequest request, Problem problem) {
        return ErrorResponses.of(request.path(), problem);
    }
}
