package jpus.taskforce.portal.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A partner endpoint that receives the change feed's public events, signed with its secret. */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(nullable = false, length = 200)
    private String secret;

    /** Comma-separated event names. */
    @Column(nullable = false, length = 200)
    private String events;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Webhook() {
    }

    Webhook(String url, String secret, List<String> events, String createdBy) {
        this.url = url;
        this.secret = secret;
        this.events = String.join(",", events);
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public boolean wants(String event) {
        return active && Arrays.asList(events.split(",")).contains(event);
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    String getSecret() {
        return secret;
    }

    public List<String> getEvents() {
        return List.of(events.split(","));
    }

    public boolean isActive() {
        return active;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
