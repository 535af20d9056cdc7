package jpus.taskforce.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jpus.taskforce.portal.attachment.Attachments;
import jpus.taskforce.portal.attachment.RejectedAttachment;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.http.PublishingRefusals;
import jpus.taskforce.portal.publishing.Publishing;
import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;
import jpus.taskforce.portal.web.DraftViews.Outcome;

/**
 * The workflow steps staff take on a document's page, each a form posted there: a step taken
 * redirects to the page with what was done, a refused step comes back as the page with the reason
 * (the status says which refusal), and the page offers only the steps the person may take.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class DraftStepForms {

    @Inject
    Publishing publishing;

    @Inject
    Attachments attachments;

    @Inject
    DraftViews views;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("/staff/documents/{slug}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("lang") String lang, @PathParam("slug") String slug,
            @RestForm String changeNote, @RestForm String major) {
        return step(lang, slug, "submitted", viewer -> publishing.submit(slug, changeNote, major != null, viewer));
    }

    @POST
    @Path("/staff/documents/{slug}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnToEditors(@PathParam("lang") String lang, @PathParam("slug") String slug, @RestForm String remark) {
        return step(lang, slug, "returned", viewer -> publishing.returnToEditors(slug, remark, viewer));
    }

    @POST
    @Path("/staff/documents/{slug}/remarks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remark(@PathParam("lang") String lang, @PathParam("slug") String slug, @RestForm String text) {
        return step(lang, slug, "remarked", viewer -> publishing.remark(slug, text, viewer));
    }

    @POST
    @Path("/staff/documents/{slug}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("lang") String lang, @PathParam("slug") String slug) {
        return step(lang, slug, "approved", viewer -> publishing.approve(slug, viewer));
    }

    /** "Publish now" publishes at once, whatever time the draft itself names. */
    @POST
    @Path("/staff/documents/{slug}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("lang") String lang, @PathParam("slug") String slug) {
        return step(lang, slug, "published", viewer -> publishing.publish(slug, Instant.now(), viewer));
    }

    @POST
    @Path("/staff/documents/{slug}/schedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("lang") String lang, @PathParam("slug") String slug, @RestForm String publishAt,
            @RestForm String publishZone) {
        return step(lang, slug, "scheduled", viewer -> publishing.publish(slug, futureTime(publishAt, publishZone), viewer));
    }

    @POST
    @Path("/staff/documents/{slug}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("lang") String lang, @PathParam("slug") String slug, @RestForm String changeNote) {
        return step(lang, slug, "archived", viewer -> publishing.archive(slug, changeNote, viewer));
    }

    @POST
    @Path("/staff/documents/{slug}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("lang") String lang, @PathParam("slug") String slug, @RestForm("file") FileUpload file) {
        Language language = PageLanguage.fromPath(lang);
        Viewer viewer = StaffAccess.staff(identity);
        try {
            return step(language, slug, "attached", v -> attachments.upload(slug, read(file),
                    file == null ? null : file.fileName(), v), viewer);
        } catch (RejectedAttachment e) {
            return fileRefused(language, slug, viewer, 422, Refusals.of(e, language));
        } catch (Attachments.TooLarge e) {
            return fileRefused(language, slug, viewer, 413, Refusals.of(e, language));
        }
    }

    @POST
    @Path("/staff/documents/{slug}/attachments/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteAttachment(@PathParam("lang") String lang, @PathParam("slug") String slug,
            @PathParam("id") String id) {
        long number = AttachmentPage.id(id);
        return step(lang, slug, "removed", viewer -> attachments.delete(slug, number, viewer));
    }

    private Response step(String lang, String slug, String done, Consumer<Viewer> action) {
        return step(PageLanguage.fromPath(lang), slug, done, action, StaffAccess.staff(identity));
    }

    private Response step(Language language, String slug, String done, Consumer<Viewer> action, Viewer viewer) {
        try {
            action.accept(viewer);
            return Response.seeOther(URI.create(Links.staffDocument(language, slug) + "?done=" + done)).build();
        } catch (PublishingException.NotFound e) {
            throw e;
        } catch (PublishingException.Invalid e) {
            return page(422, views.page(language, slug, viewer, new Outcome(null, null, FieldErrors.of(e.errors(), language))));
        } catch (PublishingException e) {
            return page(PublishingRefusals.status(e), views.page(language, slug, viewer, new Outcome(null, Refusals.of(e, language), FieldErrors.none())));
        }
    }

    private Response fileRefused(Language language, String slug, Viewer viewer, int status, String text) {
        return page(status, views.page(language, slug, viewer, new Outcome(null, null, FieldErrors.single("file", text, language))));
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    private static byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant futureTime(String local, String zone) {
        Optional<Instant> at;
        try {
            at = StaffTime.parse(local, zone);
        } catch (DateTimeParseException e) {
            at = Optional.empty();
        }
        if (at.isEmpty()) {
            throw new PublishingException.Invalid(List.of(new InvalidParameter("publishAt", Reason.INSTANT,
                    "must be an ISO-8601 instant such as 2027-01-06T00:00:00Z")));
        }
        if (!at.get().isAfter(Instant.now())) {
            throw new PublishingException.Invalid(List.of(new InvalidParameter("publishAt", Reason.NOT_FUTURE, "must be in the future")));
        }
        return at.get();
    }

}
