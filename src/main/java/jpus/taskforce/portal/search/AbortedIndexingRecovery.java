package jpus.taskforce.portal.search;

import jakarta.inject.Inject;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Hibernate Search gives up on an outbox event after a few failed attempts (the engine was down
 * for longer than its retries) and keeps it as aborted. The database still holds the change, so
 * nothing is lost as long as aborted events are put back in the queue: this does it regularly,
 * and they are indexed once the engine answers again.
 */
public class AbortedIndexingRecovery {

    private static final Logger LOG = Logger.getLogger(AbortedIndexingRecovery.class);

    @Inject
    SearchMapping mapping;

    @Scheduled(every = "${portal.search.aborted-events-check}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void requeueAbortedEvents() {
        try {
            OutboxPollingSearchMapping outbox = mapping.extension(OutboxPollingExtension.get());
            long aborted = outbox.countAbortedEvents();
            if (aborted > 0) {
                int requeued = outbox.reprocessAbortedEvents();
                LOG.infof("Requeued %d index change(s) that could not be applied earlier", requeued);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Aborted index changes not checked this time: %s", e.getMessage());
        }
    }
}
