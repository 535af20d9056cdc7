package jpus.taskforce.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.web.DraftViews.DraftView;
import jpus.taskforce.portal.web.DraftViews.Outcome;

/**
 * A document as staff work on it: the draft or, without one, the published document (see
 * {@link DraftViews}). Each workflow step is a form that {@link DraftStepForms} takes; this page
 * shows what the last step did, from the redirect after it.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class DraftPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance draft(Page page, DraftView view);
    }

    @Inject
    DraftViews views;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/staff/documents/{slug}")
    public TemplateInstance show(@PathParam("lang") String lang, @PathParam("slug") String slug,
            @QueryParam("done") String done) {
        Language language = PageLanguage.fromPath(lang);
        return views.page(language, slug, StaffAccess.staff(identity), Outcome.of(done));
    }
}
