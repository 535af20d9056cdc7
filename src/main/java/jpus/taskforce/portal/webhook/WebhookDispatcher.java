package jpus.taskforce.portal.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries. Each is leased in a short transaction (rows another replica holds are
 * skipped), sent outside any transaction, and its outcome recorded in another: a slow receiver
 * never holds a database connection, and two replicas never send the same attempt.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;
    private static final String METRIC = "portal.webhook.deliveries";

    @Inject
    EntityManager em;

    @Inject
    WebhookConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Both outcomes exist from the start, so that a dashboard sees a rate of zero rather than no series. */
    void registerMetrics(@Observes StartupEvent event) {
        metrics.counter(METRIC, "outcome", "delivered");
        metrics.counter(METRIC, "outcome", "failed-attempt");
    }

    @Scheduled(every = "${portal.webhooks.dispatch-every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        try {
            // An endpoint that cannot be reached is called once a run: a receiver that never answers
            // would otherwise hold every other partner's deliveries for its timeout, once per
            // delivery. Its other deliveries wait, without using up their attempts, until it is tried again.
            Set<Long> unreachable = new HashSet<>();
            List<Attempt> batch = lease();
            for (Attempt attempt : batch) {
                if (unreachable.contains(attempt.webhookId())) {
                    continue;
                }
                Outcome outcome = send(attempt);
                Instant next = record(attempt, outcome);
                if (outcome.status() == null) {
                    unreachable.add(attempt.webhookId());
                    postponeOthers(attempt, next, batch);
                }
            }
        } catch (RuntimeException e) {
            // The database may be restarting; deliveries wait in their table for the next run.
            LOG.warnf("Webhook deliveries not sent this time: %s", e.getMessage());
        }
    }

    /**
     * Moves the endpoint's other pending deliveries to its next attempt: those due before it, so that
     * a backlog to an endpoint that is down does not fill the next runs' batches ahead of other
     * partners' deliveries, and those of this batch, whose lease would otherwise hold them longer.
     * A row another replica has leased is only ever moved later, never back into reach while it is sent.
     */
    private void postponeOthers(Attempt failed, Instant next, List<Attempt> batch) {
        if (next == null) {
            return;
        }
        List<Long> leasedHere = batch.stream().filter(a -> a.webhookId() == failed.webhookId())
                .map(Attempt::deliveryId).toList();
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update WebhookDelivery d set d.nextAttemptAt = :next "
                + "where d.webhook.id = :webhook and d.status = :status and d.id <> :failed "
                + "and (d.nextAttemptAt < :next or d.id in :leasedHere)")
                .setParameter("next", next)
                .setParameter("webhook", failed.webhookId())
                .setParameter("status", DeliveryStatus.PENDING)
                .setParameter("failed", failed.deliveryId())
                .setParameter("leasedHere", leasedHere)
                .executeUpdate());
    }

    /** What one attempt needs, copied out of the lease transaction. */
    private record Attempt(long deliveryId, long webhookId, String url, String secret, String key, String event, String payload) {
    }

    /**
     * The deliveries due longest first. In the order they were created instead, the retries of an
     * endpoint that is down, due again every few seconds, would fill every batch ahead of newer
     * deliveries to endpoints that answer.
     */
    private List<Attempt> lease() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select d from WebhookDelivery d join fetch d.webhook where d.status = :status "
                        + "and d.nextAttemptAt <= :now order by d.nextAttemptAt, d.id", WebhookDelivery.class)
                .setParameter("status", DeliveryStatus.PENDING)
                .setParameter("now", Instant.now())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .setMaxResults(BATCH)
                .getResultList()
                .stream()
                .map(d -> {
                    d.lease(config.timeout().multipliedBy(3));
                    return new Attempt(d.getId(), d.getWebhook().getId(), d.getWebhook().getUrl(), d.getWebhook().getSecret(),
                            d.getIdempotencyKey(), eventOf(d.getPayload()), d.getPayload());
                })
                .toList());
    }

    /** What an attempt came to: the receiver's status, or why there was none. */
    private record Outcome(Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private Outcome send(Attempt attempt) {
        long timestamp = Instant.now().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url()))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "jp-us-task-force-portal-webhooks/1")
                    .header(WebhookSignature.ID_HEADER, attempt.key())
                    .header(WebhookSignature.EVENT_HEADER, attempt.event())
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(attempt.secret(), timestamp, attempt.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(attempt.payload()))
                    .build();
            return new Outcome(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), null);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }

    /** Records the outcome; returns when the delivery is due again, or null when it is not (delivered, given up, gone). */
    private Instant record(Attempt attempt, Outcome outcome) {
        String failure = outcome.error() != null ? outcome.error() : outcome.delivered() ? null : "HTTP " + outcome.status();
        Instant next = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery delivery = em.find(WebhookDelivery.class, attempt.deliveryId());
            if (delivery == null) {
                return null;
            }
            if (outcome.delivered()) {
                delivery.delivered(outcome.status());
                return null;
            }
            delivery.failed(outcome.status(), failure, config.maxAttempts(), config.firstRetryDelay(), config.maxRetryDelay());
            return delivery.getStatus() == DeliveryStatus.PENDING ? delivery.getNextAttemptAt() : null;
        });
        metrics.counter(METRIC, "outcome", outcome.delivered() ? "delivered" : "failed-attempt").increment();
        return next;
    }

    private String eventOf(String payload) {
        try {
            return json.readTree(payload).path("event").asText();
        } catch (JsonProcessingException e) {
            return "";
        }
    }
}
