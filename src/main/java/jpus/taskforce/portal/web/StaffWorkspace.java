package jpus.taskforce.portal.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.publishing.AllowedSteps;
import jpus.taskforce.portal.publishing.DocumentDraft;
import jpus.taskforce.portal.publishing.Publishing;
import jpus.taskforce.portal.security.Viewer;

/**
 * The staff workspace: the drafts the person may see, with what each needs next, and the way to a
 * new document (editors) and to the audit log, webhooks and operations (administrators). Signed-in people without a staff
 * role are told the workspace is not for them.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class StaffWorkspace {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance workspace(Page page, WorkspaceView view);
    }

    public record WorkspaceView(String name, boolean staff, boolean writer, boolean admin, List<DraftRow> drafts) {
    }

    /** A draft in the list; {@code editUrl} only for those who may edit it. */
    public record DraftRow(String title, String slug, String government, String state, String approvals,
            String updatedBy, String updatedAt, String scheduled, String url, String editUrl) {
    }

    @Inject
    Publishing publishing;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/staff")
    public TemplateInstance workspace(@PathParam("lang") String lang) {
        Language language = PageLanguage.fromPath(lang);
        Viewer viewer = Viewer.of(identity);
        AppMessages msg = Labels.in(language);
        List<DraftRow> drafts = publishing.drafts(viewer).stream()
                .map(d -> row(d, viewer, language, msg))
                .toList();
        WorkspaceView view = new WorkspaceView(viewer.name(), viewer.isStaff(), viewer.isEditor() || viewer.isAdmin(),
                viewer.isAdmin(), drafts);
        Page page = new Page(language, "/staff", msg.staff_title(), "");
        return Templates.workspace(page, view).setLocale(language.locale());
    }

    private static DraftRow row(DocumentDraft draft, Viewer viewer, Language language, AppMessages msg) {
        String base = Links.staffDocument(language, draft.getSlug());
        String approvals = approvals(draft, msg);
        return new DraftRow(draft.getTitle(), draft.getSlug(), msg.government(draft.getGovernment().code()),
                msg.draft_state(draft.getState().code()), approvals, draft.getUpdatedBy(),
                StaffTime.format(draft.getUpdatedAt(), language), StaffTime.format(draft.getPublishAt(), language), base,
                AllowedSteps.onDraft(draft, viewer).contains(AllowedSteps.Step.EDIT) ? base + "/edit" : null);
    }

    private static String approvals(DocumentDraft draft, AppMessages msg) {
        StringBuilder given = new StringBuilder();
        if (draft.getApprovedJp() != null) {
            given.append(msg.government("JP"));
        }
        if (draft.getApprovedUs() != null) {
            given.append(given.isEmpty() ? "" : " · ").append(msg.government("US"));
        }
        return given.isEmpty() ? msg.staff_no_approvals() : given.toString();
    }
}
