package jpus.taskforce.portal.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jpus.taskforce.portal.api.Problem;

/**
 * Some refusals are made by Quarkus's own filters and carry no body, for instance a form-encoded
 * post to the API without a CSRF token (what a cross-site form would send). Under /api they get
 * the same problem+json body as every other error.
 */
public class BodilessErrorsFilter {

    @ServerResponseFilter
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        String path = request.getUriInfo().getPath();
        if (status < 400 || response.hasEntity() || !ErrorResponses.isApi(path)) {
            return;
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String detail = status == 400
                ? "The request was refused. The API takes JSON bodies; form posts need a page's CSRF token."
                : title + ".";
        response.setEntity(Problem.of(status, title, detail, path));
        response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
    }
}
