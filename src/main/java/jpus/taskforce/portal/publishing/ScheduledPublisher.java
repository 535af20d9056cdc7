package jpus.taskforce.portal.publishing;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Publishes approved drafts whose publication time has come. The time is stored with the draft,
 * so a publication scheduled before a restart still happens after it; with several replicas the
 * draft's version column lets only one of them publish it.
 */
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    @Inject
    Publishing publishing;

    @Scheduled(every = "${portal.publishing.schedule-check:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        try {
            int published = publishing.publishDue();
            if (published > 0) {
                LOG.infof("Published %d scheduled document(s)", published);
            }
        } catch (RuntimeException e) {
            // The database may be restarting; the next run tries again.
            LOG.warnf("Scheduled publications not checked: %s", e.getMessage());
        }
    }
}
