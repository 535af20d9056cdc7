package jpus.taskforce.portal.operations;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every service the portal depends on, checked at {@code checkedAt}: what the admins' operations
 * page and {@code GET /api/v1/admin/health} show. Unlike readiness, it includes Keycloak, which
 * public pages never wait for. A figure that could not be read is null (and left out of the JSON).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthReport(Instant checkedAt, Database database, SearchEngine searchEngine, Keycloak keycloak,
        Webhooks webhooks) {

    @Schema(name = "HealthStatus")
    public enum Status {
        UP, DOWN, NOT_CONFIGURED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DatabaseHealth", requiredProperties = "status")
    public record Database(Status status, String product, Long documents, String error) {
    }

    /**
     * @param readIndex         the index searches read (alias {@code document-read})
     * @param writeIndex        the index changes go to (alias {@code document-write}); another one
     *                          than {@code readIndex} only while a rebuild runs
     * @param indexedDocuments  documents in the index searches read
     * @param databaseDocuments documents in the database, which the index should match
     * @param outboxBacklog     index changes waiting in the outbox
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SearchEngineHealth", requiredProperties = "status")
    public record SearchEngine(Status status, String distribution, String version, String clusterHealth,
            String readIndex, String writeIndex, Long indexedDocuments, Long databaseDocuments, Long outboxBacklog,
            String error) {
    }

    /** @param signingKeys the keys the realm publishes for token signatures */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "KeycloakHealth", requiredProperties = "status")
    public record Keycloak(Status status, String url, String issuer, Integer signingKeys, String error) {
    }

    /**
     * @param pending deliveries still to be sent (first attempt or retry)
     * @param due     pending deliveries whose time has come: a steady rise means the dispatcher falls behind
     * @param failed  deliveries given up after the last retry
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WebhookBacklogHealth", requiredProperties = "status")
    public record Webhooks(Status status, Long pending, Long due, Long failed, String error) {
    }

    /** What a failure is called in a report: the kind of exception and its first line. */
    static String describe(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String first = message.lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + ": " + (first.length() > 200 ? first.substring(0, 200) + "…" : first);
    }
}
