package jpus.taskforce.portal.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentRepository;

/**
 * Keeps the index in step with the database, which is the source of truth. The outbox carries
 * every change; a full rebuild is only needed when the two disagree as a whole, e.g. a new empty
 * search cluster in front of an existing database.
 */
@ApplicationScoped
public class IndexMaintenance {

    private static final Logger LOG = Logger.getLogger(IndexMaintenance.class);
    private static final int QUEUE_BATCH = 500;

    @Inject
    SearchMapping mapping;

    @Inject
    SearchConfig config;

    @Inject
    SearchSession session;

    @Inject
    DocumentRepository documents;

    @Inject
    EntityManager em;

    /** Rebuilds the index when it holds a different number of documents than the database. */
    public void reindexIfOutOfSync() {
        long stored;
        long indexed;
        try {
            stored = QuarkusTransaction.requiringNew().call(documents::count);
            indexed = QuarkusTransaction.requiringNew().call(
                    () -> session.search(Document.class).where(f -> f.matchAll()).fetchTotalHitCount());
        } catch (RuntimeException e) {
            LOG.warnf("Could not compare the index with the database (%s); the outbox will catch up when the engine is back",
                    e.getMessage());
            return;
        }
        if (stored == indexed) {
            LOG.infof("Index holds all %d documents", stored);
            return;
        }
        LOG.infof("Index holds %d documents, the database %d: rebuilding the index", indexed, stored);
        reindex();
    }

    /**
     * Indexes documents that were written without going through the outbox (the first content
     * load), in one pass. Should the engine be unreachable, they are queued in the outbox instead,
     * which indexes them once it is back, as it does any other change.
     */
    public void indexOrQueueAll() {
        try {
            reindex();
        } catch (RuntimeException e) {
            LOG.warnf("Could not index the documents in one pass (%s); queueing them for indexing instead", e.getMessage());
            queueAll();
        }
    }

    private void queueAll() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(documents::ids);
        for (int from = 0; from < ids.size(); from += QUEUE_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + QUEUE_BATCH));
            QuarkusTransaction.requiringNew().run(() -> {
                var plan = session.indexingPlan();
                batch.forEach(id -> plan.addOrUpdate(em.getReference(Document.class, id)));
            });
        }
        LOG.infof("Queued %d documents for indexing", ids.size());
    }

    /**
     * A mass indexer of the given types, as every full indexing runs it: two loading threads in
     * batches of 50 documents, which bounds its memory, and a transaction timeout long enough for
     * the whole run.
     */
    public MassIndexer massIndexer(Class<?> type) {
        return mapping.scope(type).massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(50)
                .transactionTimeout(Math.toIntExact(config.massIndexingTimeout().toSeconds()));
    }

    /** Rebuilds every index from the database, blocking until done. */
    public void reindex() {
        long start = System.nanoTime();
        try {
            massIndexer(Object.class).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reindexing", e);
        }
        LOG.infof("Reindexed in %d ms", (System.nanoTime() - start) / 1_000_000);
    }
}
