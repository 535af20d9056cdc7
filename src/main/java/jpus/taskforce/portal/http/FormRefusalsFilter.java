package jpus.taskforce.portal.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jpus.taskforce.portal.web.ErrorPage;

/**
 * A form posted without its CSRF token, or with a stale one, is refused by quarkus-rest-csrf with a
 * bare 400. On pages that becomes the friendly page in the reader's language, which says to go back,
 * reload and try again.
 */
public class FormRefusalsFilter {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() == 400 && !response.hasEntity() && !"GET".equals(request.getMethod())
                && !ErrorResponses.isApi(path)) {
            response.setEntity(ErrorPage.render(path, 400, null).render(), null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
