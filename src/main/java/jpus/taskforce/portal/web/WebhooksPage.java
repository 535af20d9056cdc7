package jpus.taskforce.portal.web;

import java.net.URI;
import java.util.List;

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

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.OperationsMessages;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.webhook.DeliveryStatus;
import jpus.taskforce.portal.webhook.Webhook;
import jpus.taskforce.portal.webhook.WebhookDelivery;
import jpus.taskforce.portal.webhook.Webhooks;

/**
 * Partner endpoints for administrators: the same registrations as {@code /api/v1/webhooks}, with
 * the rules of {@link Webhooks}, and each endpoint's latest deliveries to see whether it keeps up.
 */
@Path(PageLanguage.PATH)
@Produces(MediaType.TEXT_HTML)
public class WebhooksPage {

    private static final int DELIVERIES_SHOWN = 5;
    private static final String PATH = "/staff/webhooks";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance webhooks(Page page, WebhooksView view);
    }

    /**
     * The page: the endpoints, the registration form as last sent, and what was just done;
     * {@code secret} is a generated secret, shown once right after registering.
     */
    public record WebhooksView(String action, List<Endpoint> endpoints, String url, List<Option> events,
            FieldErrors errors, String done, String secret) {
    }

    public record Endpoint(long id, String url, String events, String createdBy, String createdAt, String removeUrl,
            List<DeliveryLine> deliveries) {
    }

    /** One delivery; {@code nextAttempt} only while it is still to be retried. */
    public record DeliveryLine(String created, String status, int attempts, String nextAttempt, String lastError) {
    }

    @Inject
    Webhooks webhooks;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path(PATH)
    public TemplateInstance show(@PathParam("lang") String lang, @QueryParam("done") String done) {
        Language language = PageLanguage.fromPath(lang);
        Viewer viewer = StaffAccess.admin(identity);
        String outcome = done != null && done.matches("registered|removed") ? done : null;
        return render(language, viewer, "", Webhooks.EVENTS, FieldErrors.none(), outcome, null);
    }

    @POST
    @Path(PATH)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@PathParam("lang") String lang, @RestForm String url, @RestForm String secret,
            @RestForm List<String> events) {
        Language language = PageLanguage.fromPath(lang);
        Viewer viewer = StaffAccess.admin(identity);
        boolean generated = secret == null || secret.isBlank();
        try {
            Webhooks.Registration registration = webhooks.register(url, events, secret, viewer);
            if (!generated) {
                return done(language, "registered");
            }
            // A generated secret exists only in this answer: the page shows it instead of redirecting.
            return Response.ok(render(language, viewer, "", Webhooks.EVENTS, FieldErrors.none(), "registered",
                    registration.secret())).build();
        } catch (PublishingException.Invalid e) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(render(language, viewer, url, events,
                    FieldErrors.of(e.errors(), language, field -> Labels.operations(language).webhook_field(field)), null, null))
                    .build();
        }
    }

    @POST
    @Path(PATH + "/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("lang") String lang, @PathParam("id") long id) {
        Language language = PageLanguage.fromPath(lang);
        webhooks.remove(id, StaffAccess.admin(identity));
        return done(language, "removed");
    }

    private static Response done(Language language, String what) {
        return Response.seeOther(URI.create("/" + language.code() + PATH + "?done=" + what)).build();
    }

    private TemplateInstance render(Language language, Viewer viewer, String url, List<String> chosen,
            FieldErrors errors, String done, String secret) {
        OperationsMessages msg = Labels.operations(language);
        String base = "/" + language.code() + PATH;
        List<Endpoint> endpoints = webhooks.list(viewer).stream().map(w -> endpoint(w, viewer, language, base)).toList();
        List<Option> events = Webhooks.EVENTS.stream()
                .map(e -> new Option(e, msg.webhook_event(e), chosen != null && chosen.contains(e))).toList();
        WebhooksView view = new WebhooksView(base, endpoints, url == null ? "" : url, events, errors, done, secret);
        return Templates.webhooks(new Page(language, PATH, msg.webhooks_title(), ""), view).setLocale(language.locale());
    }

    private Endpoint endpoint(Webhook w, Viewer viewer, Language language, String base) {
        OperationsMessages msg = Labels.operations(language);
        List<DeliveryLine> deliveries = webhooks.deliveries(w.getId(), viewer, DELIVERIES_SHOWN).stream()
                .map(d -> delivery(d, language)).toList();
        String events = String.join(", ", w.getEvents().stream().map(msg::webhook_event).toList());
        return new Endpoint(w.getId(), w.getUrl(), events, w.getCreatedBy(), StaffTime.format(w.getCreatedAt(), language),
                base + "/" + w.getId() + "/delete", deliveries);
    }

    private static DeliveryLine delivery(WebhookDelivery d, Language language) {
        boolean retrying = d.getStatus() == DeliveryStatus.PENDING;
        return new DeliveryLine(StaffTime.format(d.getCreatedAt(), language),
                Labels.operations(language).webhook_delivery_status(d.getStatus().code()), d.getAttempts(),
                retrying ? StaffTime.format(d.getNextAttemptAt(), language) : null, d.getLastError());
    }
}
