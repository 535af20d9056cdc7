package jpus.taskforce.portal.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An API call such as {@code curl -X POST .../approve} sends no body and no Content-Type. The
 * API speaks JSON, so that is what such a request is taken to be; otherwise the form-token check
 * meant for the pages would refuse it with an empty 400.
 */
public class ApiJsonDefaultFilter {

    @ServerRequestFilter(preMatching = true)
    public void defaultToJson(ContainerRequestContext request) {
        String method = request.getMethod();
        boolean changes = HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method) || HttpMethod.DELETE.equals(method);
        if (changes && ErrorResponses.isApi(request.getUriInfo().getPath())
                && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
