package jpus.taskforce.portal.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due messages from the outbox over SMTP. Each is leased in a short transaction (rows another
 * replica holds are skipped), sent outside any transaction, and its outcome recorded in another: a
 * mail server that is down delays the messages, which are tried again with a doubling delay, and
 * never the workflow steps that wrote them.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    EntityManager em;

    @Inject
    NotificationConfig config;

    @Inject
    Notifications notifications;

    @Inject
    Mailer mailer;

    @Scheduled(every = "${portal.notifications.send-every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        if (!config.send()) {
            return;
        }
        try {
            lease().forEach(this::send);
        } catch (RuntimeException e) {
            // The database may be restarting; the messages wait in the outbox for the next run.
            LOG.warnf("Notifications not sent this time: %s", e.getMessage());
        }
    }

    /** What one attempt needs, copied out of the lease transaction. */
    private record Outgoing(long id, String recipient, String address, String subject, String body) {
    }

    /** Due longest first, so that retries for an address that keeps failing never hold back newer messages. */
    private List<Outgoing> lease() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select n from Notification n where n.sentAt is null and n.attempts < :max "
                        + "and n.nextAttemptAt <= :now order by n.nextAttemptAt, n.id", Notification.class)
                .setParameter("max", config.maxAttempts())
                .setParameter("now", Instant.now())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .setMaxResults(BATCH)
                .getResultList()
                .stream()
                .map(n -> {
                    n.lease(LEASE);
                    return new Outgoing(n.getId(), n.getRecipient(), notifications.addressOf(n.getRecipient()),
                            n.getSubject(), n.getBody());
                })
                .toList());
    }

    private void send(Outgoing message) {
        String error = null;
        if (message.address() == null) {
            error = "no e-mail address known for " + message.recipient();
        } else {
            try {
                mailer.send(Mail.withText(message.address(), message.subject(), message.body()).setFrom(config.from()));
            } catch (RuntimeException e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        if (error != null) {
            LOG.warnf("Notification %d to %s not sent (it stays in the outbox): %s", message.id(), message.recipient(), error);
        }
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> {
            Notification notification = em.find(Notification.class, message.id());
            if (notification == null) {
                return;
            }
            if (failure == null) {
                notification.sent();
            } else {
                notification.failed(failure, config.firstRetryDelay(), config.maxRetryDelay());
            }
        });
    }
}
