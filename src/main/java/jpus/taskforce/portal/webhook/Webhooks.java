package jpus.taskforce.portal.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jpus.taskforce.portal.http.Links;
import jpus.taskforce.portal.changes.ChangeCursor;
import jpus.taskforce.portal.changes.ChangeLog;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.publishing.DocumentValidator;
import jpus.taskforce.portal.publishing.PublishingException;
import jpus.taskforce.portal.security.Viewer;
import jpus.taskforce.portal.validation.InvalidParameter;
import jpus.taskforce.portal.validation.Reason;

/**
 * Partner endpoints and what is sent to them. Webhooks carry the public view of the change feed
 * (a document made restricted is "withdrawn"): an endpoint is a system outside the task force.
 */
@ApplicationScoped
public class Webhooks {

    public static final List<String> EVENTS = List.of("created", "updated", "published", "archived", "withdrawn",
            "translation-outdated");

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookConfig config;

    /** A registered endpoint and, once, its secret. */
    public record Registration(Webhook webhook, String secret) {
    }

    @Transactional
    public Registration register(String url, List<String> events, String secret, Viewer viewer) {
        requireAdmin(viewer);
        List<InvalidParameter> problems = new ArrayList<>();
        String checkedUrl = checkUrl(url, problems);
        List<String> wanted = events == null || events.isEmpty() ? EVENTS : events;
        for (String event : wanted) {
            if (!EVENTS.contains(event)) {
                problems.add(new InvalidParameter("events", Reason.NOT_ALLOWED, "'" + shorten(event) + "' is not one of " + EVENTS,
                        Map.of("value", shorten(event), "allowed", String.join(", ", EVENTS))));
            }
        }
        String key = secret == null || secret.isBlank() ? newSecret() : secret.strip();
        if (key.length() < 16 || key.length() > 200 || DocumentValidator.hasControlCharacters(key)) {
            problems.add(new InvalidParameter("secret", Reason.LENGTH, "must be 16 to 200 characters (or left out to get one)",
                    Map.of("min", "16", "max", "200")));
        }
        if (!problems.isEmpty()) {
            throw new PublishingException.Invalid(problems);
        }
        Webhook webhook = new Webhook(checkedUrl, key, wanted.stream().distinct().toList(), viewer.actor());
        em.persist(webhook);
        return new Registration(webhook, key);
    }

    @Transactional
    public List<Webhook> list(Viewer viewer) {
        requireAdmin(viewer);
        return em.createQuery("select w from Webhook w order by w.id", Webhook.class).getResultList();
    }

    @Transactional
    public void remove(long id, Viewer viewer) {
        requireAdmin(viewer);
        Webhook webhook = Optional.ofNullable(em.find(Webhook.class, id))
                .orElseThrow(() -> new PublishingException.NotFound("webhook " + id));
        em.remove(webhook);
    }

    /** The delivery log of an endpoint, newest first. */
    @Transactional
    public List<WebhookDelivery> deliveries(long id, Viewer viewer, int limit) {
        requireAdmin(viewer);
        if (em.find(Webhook.class, id) == null) {
            throw new PublishingException.NotFound("webhook " + id);
        }
        return em.createQuery("select d from WebhookDelivery d where d.webhook.id = :id order by d.id desc",
                WebhookDelivery.class).setParameter("id", id).setMaxResults(limit).getResultList();
    }

    /** Queues the event for every endpoint that wants it, in the change's own transaction. */
    void onChange(@Observes ChangeLog.ChangeRecorded recorded) {
        var event = recorded.event();
        Optional<String> name = event.seenBy(Visibility.PUBLIC_ONLY);
        if (name.isEmpty()) {
            return;
        }
        List<Webhook> endpoints = em.createQuery("select w from Webhook w where w.active = true", Webhook.class)
                .getResultList();
        for (Webhook endpoint : endpoints) {
            if (endpoint.wants(name.get())) {
                String key = UUID.randomUUID().toString();
                em.persist(new WebhookDelivery(endpoint, event.getId(), key, payload(key, name.get(), event)));
            }
        }
    }

    private String payload(String key, String name, jpus.taskforce.portal.changes.ChangeEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", key);
        body.put("event", name);
        body.put("slug", event.getSlug());
        body.put("revision", event.getRevision());
        body.put("cursor", ChangeCursor.encode(event.getId()));
        body.put("at", event.getOccurredAt().toString());
        body.put("document", Links.apiDocument(event.getSlug()));
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook payload could not be written", e);
        }
    }

    private String checkUrl(String url, List<InvalidParameter> problems) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            problems.add(new InvalidParameter("url", Reason.REQUIRED, "is required (at most 2000 characters)"));
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            boolean https = "https".equals(uri.getScheme());
            boolean http = "http".equals(uri.getScheme()) && config.allowHttp();
            if (!(https || http) || uri.getHost() == null || uri.getUserInfo() != null) {
                problems.add(new InvalidParameter("url", Reason.URL, "must be an https URL without credentials"));
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            problems.add(new InvalidParameter("url", Reason.URL, "is not a valid URL"));
            return null;
        }
    }

    private static void requireAdmin(Viewer viewer) {
        PublishingException.requireAdmin(viewer, "Only admins manage webhooks.");
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String shorten(String s) {
        return s == null ? "null" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
