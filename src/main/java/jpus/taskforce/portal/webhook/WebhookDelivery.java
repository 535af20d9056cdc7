package jpus.taskforce.portal.webhook;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One event on its way to one endpoint: written with the change (so it survives restarts and a
 * receiver's downtime), retried with exponential backoff, and kept as the delivery log.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "webhook_id")
    private Webhook webhook;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    /** The same on every attempt: receivers use it to ignore a repeat. */
    @Column(name = "idempotency_key", nullable = false, length = 64)
    private String idempotencyKey;

    @Column(nullable = false, length = 10000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(Webhook webhook, long eventId, String idempotencyKey, String payload) {
        this.webhook = webhook;
        this.eventId = eventId;
        this.idempotencyKey = idempotencyKey;
        this.payload = payload;
        this.createdAt = Instant.now();
        this.nextAttemptAt = createdAt;
    }

    /** Holds the delivery for one attempt, so that another replica does not send it at the same time. */
    void lease(Duration duration) {
        this.nextAttemptAt = Instant.now().plus(duration);
    }

    void delivered(int httpStatus) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        lastStatus = httpStatus;
        lastError = null;
        deliveredAt = Instant.now();
    }

    void failed(Integer httpStatus, String error, int maxAttempts, Duration firstDelay, Duration maxDelay) {
        attempts++;
        lastStatus = httpStatus;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= maxAttempts) {
            status = DeliveryStatus.FAILED;
            return;
        }
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration delay = firstDelay.multipliedBy(factor);
        nextAttemptAt = Instant.now().plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    public Long getId() {
        return id;
    }

    public Webhook getWebhook() {
        return webhook;
    }

    public long getEventId() {
        return eventId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getPayload() {
        return payload;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
