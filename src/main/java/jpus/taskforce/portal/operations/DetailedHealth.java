package jpus.taskforce.portal.operations;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jpus.taskforce.portal.document.DocumentRepository;
import jpus.taskforce.portal.operations.HealthReport.Database;
import jpus.taskforce.portal.operations.HealthReport.Keycloak;
import jpus.taskforce.portal.operations.HealthReport.Status;
import jpus.taskforce.portal.operations.HealthReport.Webhooks;
import jpus.taskforce.portal.webhook.DeliveryStatus;

/**
 * Checks every dependency for the admins. Each check reports its own failure, so that one service
 * down never hides the state of the others. The local run has no Keycloak (OIDC is off in its
 * profile): Keycloak is then reported as not configured.
 */
@ApplicationScoped
public class DetailedHealth {

    @Inject
    EntityManager em;

    @Inject
    DocumentRepository documents;

    @Inject
    SearchEngineCheck searchEngine;

    @Inject
    HealthConfig config;

    @ConfigProperty(name = "quarkus.oidc.enabled", defaultValue = "true")
    boolean oidcEnabled;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> realmUrl;

    private KeycloakCheck keycloak;

    @PostConstruct
    void init() {
        keycloak = new KeycloakCheck(config.keycloakTimeout());
    }

    public HealthReport check() {
        Database database = database();
        return new HealthReport(Instant.now(), database, searchEngine.check(database.documents()), keycloak(), webhooks());
    }

    private Database database() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                String product = em.unwrap(Session.class).doReturningWork(connection -> {
                    DatabaseMetaData meta = connection.getMetaData();
                    return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
                });
                return new Database(Status.UP, product, documents.count(), null);
            });
        } catch (RuntimeException e) {
            return new Database(Status.DOWN, null, null, HealthReport.describe(e));
        }
    }

    /** Keycloak alone: also asked before a reader is sent there to sign in. */
    public Keycloak keycloak() {
        if (!oidcEnabled || realmUrl.isEmpty()) {
            return new Keycloak(Status.NOT_CONFIGURED, null, null, null, null);
        }
        return keycloak.check(realmUrl.get());
    }

    private Webhooks webhooks() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> new Webhooks(Status.UP,
                    deliveries(DeliveryStatus.PENDING, null), deliveries(DeliveryStatus.PENDING, Instant.now()),
                    deliveries(DeliveryStatus.FAILED, null), null));
        } catch (RuntimeException e) {
            return new Webhooks(Status.DOWN, null, null, null, HealthReport.describe(e));
        }
    }

    /** Deliveries in a status; with {@code dueBy}, only those whose next attempt is due by then. */
    private long deliveries(DeliveryStatus status, Instant dueBy) {
        String due = dueBy == null ? "" : " and d.nextAttemptAt <= :dueBy";
        var query = em.createQuery("select count(d) from WebhookDelivery d where d.status = :status" + due, Long.class)
                .setParameter("status", status);
        if (dueBy != null) {
            query.setParameter("dueBy", dueBy);
        }
        return query.getSingleResult();
    }
}
