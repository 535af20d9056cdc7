package jpus.taskforce.portal.search;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The right to rebuild the index, held by one replica at a time through a row of the shared
 * database. Its holder renews it while it works; a lease not renewed for {@link #EXPIRY} belongs to
 * a replica that died and may be taken over.
 */
@ApplicationScoped
public class RebuildLease {

    static final Duration EXPIRY = Duration.ofMinutes(2);
    /** How often a holder renews: often enough that a late renewal or two still keeps the lease. */
    static final Duration RENEW_EVERY = EXPIRY.dividedBy(4);

    @Inject
    EntityManager em;

    /** Takes the lease for {@code owner}, unless another live replica holds it. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean acquire(String owner) {
        return em.createNativeQuery("update search_rebuild_lease set owner = :owner, heartbeat_at = :now "
                + "where id = 1 and (owner is null or owner = :owner or heartbeat_at < :expired)")
                .setParameter("owner", owner)
                .setParameter("now", now())
                .setParameter("expired", now().minus(EXPIRY))
                .executeUpdate() == 1;
    }

    /** Tells the other replicas the holder is still at work. */
    @Transactional(TxType.REQUIRES_NEW)
    public void renew(String owner) {
        em.createNativeQuery("update search_rebuild_lease set heartbeat_at = :now where id = 1 and owner = :owner")
                .setParameter("owner", owner)
                .setParameter("now", now())
                .executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void release(String owner) {
        em.createNativeQuery("update search_rebuild_lease set owner = null, heartbeat_at = null where id = 1 and owner = :owner")
                .setParameter("owner", owner)
                .executeUpdate();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
