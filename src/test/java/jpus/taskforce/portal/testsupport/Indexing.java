package jpus.taskforce.portal.testsupport;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Waits until every committed change has reached the index: the outbox is empty and the index
 * refreshed. Tests call it after writing, instead of sleeping for a guessed time.
 */
@ApplicationScoped
public class Indexing {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    @Inject
    SearchMapping mapping;

    public void awaitIndexed() {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (pendingEvents() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The outbox still had " + pendingEvents() + " events after " + TIMEOUT);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        mapping.scope(Object.class).workspace().refresh();
    }

    private long pendingEvents() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from HSEARCH_OUTBOX_EVENT").getSingleResult()).longValue());
    }
}
