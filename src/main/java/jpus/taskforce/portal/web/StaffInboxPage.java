package jpus.taskforce.portal.web;

import java.util.List;
import java.util.Set;

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
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.i18n.NotifyMessages;
import jpus.taskforce.portal.notification.Notifications;
import jpus.taskforce.portal.publishing.AllowedSteps;
import jpus.taskforce.portal.publishing.DocumentDraft;
import jpus.taskforce.portal.publishing.DraftState;
import jpus.taskforce.portal.publishing.Publishing;
import jpus.taskforce.portal.security.Viewer;

/**
 * The signed-in person's notifications (also kept, and read here, when the local run sends no
 * e-mail) and the drafts that wait for them: in review for reviewers, sent back for editors.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class StaffInboxPage {

    private static final int SHOWN = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Page page, InboxView view);
    }

    public record InboxView(List<Waiting> waiting, List<Message> messages) {
    }

    /** A draft waiting for the person; {@code why} says what it waits for. */
    public record Waiting(String title, String slug, String why, String url) {
    }

    /** A notification; {@code lang} is the language it was written in, which may differ from the page's. */
    public record Message(String subject, String body, String lang, String created, String sent) {
    }

    @Inject
    Publishing publishing;

    @Inject
    Notifications notifications;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/staff/inbox")
    public TemplateInstance inbox(@PathParam("lang") String lang) {
        Language language = PageLanguage.fromPath(lang);
        Viewer viewer = StaffAccess.staff(identity);
        NotifyMessages text = Labels.notify(language);
        List<DocumentDraft> mine = publishing.drafts(viewer).stream()
                .filter(d -> AllowedSteps.worksOn(viewer, d.getGovernment()))
                .toList();
        Set<String> returned = notifications.returned(mine.stream()
                .filter(d -> d.getState() == DraftState.DRAFT).map(DocumentDraft::getSlug).toList());
        List<Waiting> waiting = mine.stream()
                .filter(d -> (viewer.isReviewer() || viewer.isAdmin()) && d.getState() == DraftState.IN_REVIEW
                        || (viewer.isEditor() || viewer.isAdmin()) && returned.contains(d.getSlug()))
                .map(d -> new Waiting(d.getTitle(), d.getSlug(),
                        d.getState() == DraftState.IN_REVIEW ? text.inbox_waiting_review() : text.inbox_waiting_returned(),
                        Links.staffDocument(language, d.getSlug())))
                .toList();
        List<Message> messages = notifications.messagesFor(viewer.name(), SHOWN).stream()
                .map(n -> new Message(n.getSubject(), n.getBody(), n.getLanguage().code(),
                        StaffTime.format(n.getCreated(), language),
                        n.getSentAt() != null ? text.inbox_sent(StaffTime.format(n.getSentAt(), language))
                                : text.inbox_not_sent()))
                .toList();
        InboxView view = new InboxView(waiting, messages);
        Page page = new Page(language, "/staff/inbox", text.inbox_title(), "");
        return Templates.inbox(page, view).setLocale(language.locale());
    }
}
