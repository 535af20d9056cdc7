package jpus.taskforce.portal.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * How far the index lags behind the database: the number of changes waiting in Hibernate Search's
 * outbox, and the age of the oldest one. Both read the outbox table when scraped; while the
 * database cannot be reached they report NaN rather than a misleading zero.
 */
@ApplicationScoped
public class IndexingMetrics {

    @Inject
    EntityManager em;

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("portal.outbox.backlog", this, IndexingMetrics::backlog)
                .description("Index changes waiting in the outbox")
                .register(registry);
        Gauge.builder("portal.indexing.lag", this, IndexingMetrics::lagSeconds)
                .description("Age of the oldest index change waiting in the outbox")
                .baseUnit("seconds")
                .register(registry);
    }

    public double backlog() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("select count(*) from HSEARCH_OUTBOX_EVENT").getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    double lagSeconds() {
        try {
            Object oldest = QuarkusTransaction.requiringNew().call(() -> em
                    .createNativeQuery("select min(processAfter) from HSEARCH_OUTBOX_EVENT").getSingleResult());
            Instant since = instant(oldest);
            return since == null ? 0 : Math.max(0, Duration.between(since, Instant.now()).toMillis() / 1000.0);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The JDBC drivers return a time with time zone as different types. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        return value instanceof Instant time ? time : null;
    }
}
