package jpus.taskforce.portal.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jpus.taskforce.portal.web.Account;

/**
 * Pages shown to a signed-in person carry their name (and staff pages their work), so no cache may
 * keep them; pages for anonymous readers are the same for everyone and are left as they are.
 */
public class PrivatePagesFilter {

    @Inject
    Account account;

    @ServerResponseFilter
    public void keepPrivate(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        boolean page = type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE);
        boolean staff = request.getUriInfo().getPath().matches("/(en|ja)/staff(/.*)?");
        if (page && (staff || account.signedIn())) {
            response.getHeaders().putSingle("Cache-Control", "private, no-store");
        }
    }
}
