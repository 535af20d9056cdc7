package jpus.taskforce.portal.web;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.operations.DetailedHealth;
import jpus.taskforce.portal.operations.HealthReport;
import jpus.taskforce.portal.search.ZeroDowntimeReindex;

/**
 * Operations for administrators: the rebuild of the search index (the same service as the admin
 * API), with its progress on this replica, and the detailed health of every service the portal
 * depends on. While a rebuild runs the page reloads itself every few seconds (a meta refresh: the
 * pages run no inline script).
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class OperationsPage {

    static final int REFRESH_SECONDS = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance operations(Page page, OperationsView view);
    }

    /**
     * @param started whether the admin has just started the rebuild shown
     * @param refusal why the rebuild could not be started, or null
     */
    public record OperationsView(ReindexView reindex, HealthReport health, String checkedAt, boolean started,
            String refusal, int refreshSeconds) {
    }

    /** The rebuild's status with its times in the page's time zone. */
    public record ReindexView(ZeroDowntimeReindex.Status status, String startedAt, String finishedAt) {

        public boolean running() {
            return status.running();
        }

        public String state() {
            return status.state().code();
        }

        public String phase() {
            return status.phase() == null ? null : status.phase().code();
        }
    }

    @Inject
    ZeroDowntimeReindex reindex;

    @Inject
    DetailedHealth health;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/staff/operations")
    public TemplateInstance show(@PathParam("lang") String lang, @QueryParam("done") String done) {
        Language language = PageLanguage.fromPath(lang);
        StaffAccess.admin(identity);
        return render(language, "started".equals(done), null);
    }

    @POST
    @Path("/staff/operations/reindex")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startReindex(@PathParam("lang") String lang) {
        Language language = PageLanguage.fromPath(lang);
        StaffAccess.admin(identity);
        if (!reindex.start()) {
            return Response.status(409).type(MediaType.TEXT_HTML_TYPE)
                    .entity(render(language, false, Labels.operations(language).operations_reindex_already())).build();
        }
        return Response.seeOther(URI.create("/" + language.code() + "/staff/operations?done=started")).build();
    }

    private TemplateInstance render(Language language, boolean started, String refusal) {
        ZeroDowntimeReindex.Status status = reindex.status();
        HealthReport report = health.check();
        OperationsView view = new OperationsView(
                new ReindexView(status, StaffTime.format(status.startedAt(), language),
                        StaffTime.format(status.finishedAt(), language)),
                report, StaffTime.format(report.checkedAt(), language), started, refusal, REFRESH_SECONDS);
        Page page = new Page(language, "/staff/operations", Labels.operations(language).operations_title(), "");
        return Templates.operations(page, view).setLocale(language.locale());
    }
}
