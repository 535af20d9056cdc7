package jpus.taskforce.portal.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.hibernate.validator.constraints.Range;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.audit.AuditEvent;
import jpus.taskforce.portal.audit.AuditLog;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.AppMessages;
import jpus.taskforce.portal.i18n.Labels;

/** The audit log for administrators, newest first, a page at a time. */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Page page, AuditView view);
    }

    public record AuditView(List<Entry> entries, int page, String previousUrl, String nextUrl) {
    }

    /** One entry; {@code url} leads to the document's staff page when the entry names one. */
    public record Entry(String when, String actor, String action, String slug, String url, String detail) {
    }

    @Inject
    AuditLog audit;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/staff/audit")
    public TemplateInstance audit(@PathParam("lang") String lang, @QueryParam("page") @DefaultValue("1") @Range(min = 1, max = 100_000) int number) {
        Language language = PageLanguage.fromPath(lang);
        StaffAccess.admin(identity);
        AppMessages msg = Labels.in(language);
        // One more than a page tells whether there is a next one.
        List<AuditEvent> events = audit.recent(null, (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        List<Entry> entries = events.stream().limit(PAGE_SIZE).map(e -> new Entry(
                StaffTime.format(e.getOccurredAt(), language), e.getActor(), msg.audit_action(e.getAction().code()),
                e.getSlug(), e.getSlug() == null ? null : Links.staffDocument(language, e.getSlug()),
                e.getDetail())).toList();
        String base = "/" + language.code() + "/staff/audit";
        AuditView view = new AuditView(entries, number, number > 1 ? base + "?page=" + (number - 1) : null,
                events.size() > PAGE_SIZE ? base + "?page=" + (number + 1) : null);
        Page page = new Page(language, "/staff/audit" + (number > 1 ? "?page=" + number : ""), msg.audit_title(), "");
        return Templates.audit(page, view).setLocale(language.locale());
    }
}
