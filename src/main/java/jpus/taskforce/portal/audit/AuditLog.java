package jpus.taskforce.portal.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Writes and reads the audit log. Entries are written in the transaction of the change they record. */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, AuditAction action, String slug, String detail) {
        em.persist(new AuditEvent(actor, action, slug, detail));
    }

    /** The newest entries first, optionally for one document. */
    @Transactional
    public List<AuditEvent> recent(String slug, int offset, int limit) {
        String where = slug == null ? "" : " where e.slug = :slug";
        var query = em.createQuery("select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class);
        if (slug != null) {
            query.setParameter("slug", slug);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
