package jpus.taskforce.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.attachment.AttachmentDownload;
import jpus.taskforce.portal.attachment.Attachments;
import jpus.taskforce.portal.security.Viewer;

/**
 * Files of a document, linked from its page: served to whoever may read the document (or, while
 * pending, its draft), so that staff signed in on the pages download restricted files with their
 * session. Partners use the API's route with a token.
 */
@Path(PageLanguage.PATH)
public class AttachmentPage {

    @Inject
    Attachments attachments;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/documents/{slug}/attachments/{id}")
    public Response download(@PathParam("lang") String lang, @PathParam("slug") String slug, @PathParam("id") String id) {
        PageLanguage.fromPath(lang);
        return attachments.readable(slug, id(id), Viewer.of(identity))
                .map(AttachmentDownload::response)
                .orElseThrow(NotFoundException::new);
    }

    /** An attachment number from the address; anything else is a page that does not exist. */
    static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
