package jpus.taskforce.portal.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jpus.taskforce.portal.api.Problem;
import jpus.taskforce.portal.attachment.Attachments;

/**
 * Refuses an attachment announced as too large before its body is read, so an oversized upload
 * costs the portal neither the transfer nor the memory.
 */
public class UploadSizeFilter {

    @Inject
    Attachments attachments;

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversized(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod()) || !request.getUriInfo().getPath().endsWith("/attachments")) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            if (length == null || Long.parseLong(length.strip()) <= attachments.maxSize()) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        return ErrorResponses.of(path,
                Problem.of(413, "Content Too Large", new Attachments.TooLarge(attachments.maxSize()).getMessage(), path));
    }
}
