package jpus.taskforce.portal.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

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
        await("the indexing outbox drained").atMost(TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(this::pendingEvents, pending -> pending == 0);
        mapping.scope(Object.class).workspace().refresh();
    }

    private long pendingEvents() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from HSEARCH_OUTBOX_EVENT").getSingleResult()).longValue());
    }
}
