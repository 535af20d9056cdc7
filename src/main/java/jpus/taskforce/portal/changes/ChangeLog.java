package jpus.taskforce.portal.changes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import jpus.taskforce.portal.publishing.DocumentPublished;

/**
 * Records every change in the transaction that makes it, and reads them back in order. Writers
 * take a lock row before numbering their event, so numbers follow commit order across every
 * replica: a reader that has seen event n has seen every event before n.
 */
@ApplicationScoped
public class ChangeLog {

    @Inject
    EntityManager em;

    @Inject
    Event<ChangeRecorded> recorded;

    @Transactional(Transactional.TxType.MANDATORY)
    void onChange(@Observes DocumentPublished change) {
        em.createNativeQuery("select id from change_log_lock where id = 1 for update").getResultList();
        ChangeEvent event = new ChangeEvent(change);
        em.persist(event);
        recorded.fire(new ChangeRecorded(event));
    }

    /** Events after {@code since}, oldest first. */
    @Transactional
    public List<ChangeEvent> after(long since, int limit) {
        return em.createQuery("select e from ChangeEvent e where e.id > :since order by e.id", ChangeEvent.class)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The newest event's number; 0 before any. */
    @Transactional
    public long latest() {
        Long max = em.createQuery("select max(e.id) from ChangeEvent e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Fired once an event is numbered, still inside the change's transaction (webhooks queue their deliveries). */
    public record ChangeRecorded(ChangeEvent event) {
    }
}
