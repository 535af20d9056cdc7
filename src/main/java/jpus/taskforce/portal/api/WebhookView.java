package jpus.taskforce.portal.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jpus.taskforce.portal.webhook.DeliveryStatus;

/** A registered endpoint; {@code secret} only in the answer to its registration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(long id, String url, List<String> events, boolean active, String createdBy, Instant createdAt,
        String secret) {

    /** What an admin sends to register an endpoint; a secret is generated when none is given. */
    public record Registration(String url, List<String> events, String secret) {
    }

    /** One entry of an endpoint's delivery log. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delivery(long id, String idempotencyKey, DeliveryStatus status, int attempts, Integer lastStatus,
            String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, String payload) {
    }
}
