package jpus.taskforce.portal.notification;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import jpus.taskforce.portal.document.Language;

/** One message in the outbox: written with the workflow step, sent later by {@link NotificationSender}. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false, length = 80)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkflowNotice step;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected Notification() {
    }

    Notification(String recipient, Language language, String slug, WorkflowNotice step, String subject, String body) {
        this.recipient = recipient;
        this.language = language;
        this.slug = slug;
        this.step = step;
        this.subject = truncate(subject, 300);
        this.body = truncate(body, 4000);
        this.created = Instant.now();
        this.nextAttemptAt = created;
    }

    /** Keeps the row from being taken by another run (or replica) while it is being sent. */
    void lease(Duration duration) {
        nextAttemptAt = Instant.now().plus(duration);
    }

    void sent() {
        sentAt = Instant.now();
        attempts++;
        lastError = null;
    }

    void failed(String error, Duration firstDelay, Duration maxDelay) {
        attempts++;
        lastError = truncate(error, 1000);
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = Instant.now().plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSlug() {
        return slug;
    }

    public WorkflowNotice getStep() {
        return step;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
