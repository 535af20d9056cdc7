package jpus.taskforce.portal.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import jpus.taskforce.portal.webhook.DeliveryStatus;

/** A registered endpoint; {@code secret} only in the answer to its registration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "id", "url", "events", "active", "createdAt" })
public record WebhookView(long id, String url, List<String> events, boolean active, String createdBy, Instant createdAt,
        String secret) {

    /** What an admin sends to register an endpoint; a secret is generated when none is given. */
    @Schema(name = "WebhookRegistration", requiredProperties = "url")
    public record Registration(String url, List<String> events, String secret) {
    }

    /** One entry of an endpoint's delivery log. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WebhookDelivery", requiredProperties = { "id", "idempotencyKey", "status", "attempts", "createdAt" })
    public record Delivery(long id, String idempotencyKey, DeliveryStatus status, int attempts, Integer lastStatus,
            String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, String payload) {
    }
}
