package jpus.taskforce.portal.search;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * The index's life at start-up. A new search cluster gets this version's index. A release that
 * changes the index (a field, an analyzer) rolls out without an outage: the portal serves the
 * index it finds, and rebuilds this version's beside it ({@link ZeroDowntimeReindex}), which then
 * takes over. Should the engine be unreachable at start-up, the same is done once it answers.
 */
@ApplicationScoped
public class MappingRollout {

    private static final Logger LOG = Logger.getLogger(MappingRollout.class);
    private static final int SHOWN = 300;

    @Inject
    ExpectedIndex expected;

    @Inject
    ZeroDowntimeReindex reindex;

    @Inject
    IndexMaintenance maintenance;

    @Inject
    SearchConfig config;

    /** False until the index has been checked against this version at least once. */
    private volatile boolean checked;

    /** Creates the index if the cluster has none; false when the engine could not be reached. */
    public boolean prepareIndex() {
        try {
            expected.createIfMissing();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The search engine could not be reached to prepare the index (%s); trying again when it answers",
                    e.getMessage());
            return false;
        }
    }

    /** Compares the live index with this version's and, when they differ, starts the rebuild. */
    public void rebuildIfOutOfStep() {
        String difference;
        try {
            difference = expected.difference();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not compare the index with this version's (%s); trying again when the engine answers",
                    e.getMessage());
            return;
        }
        checked = true;
        if (difference == null) {
            LOG.info("The index is this version's");
            return;
        }
        LOG.warnf("The index was built for another version of the portal: %s", shorten(difference));
        if (!config.rebuildOnMappingChange()) {
            LOG.warn("Searches use the current index until an admin rebuilds it (portal.search.rebuild-on-mapping-change=false)");
        } else if (reindex.start()) {
            LOG.info("Rebuilding the index for this version in the background; searches keep using the current one until then");
        } else {
            LOG.info("Another rebuild is running (here or on another replica); it builds this version's index");
        }
    }

    /** What start-up could not do while the engine was away. */
    @Scheduled(every = "${portal.search.aborted-events-check}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUpAfterAnUnreachableStart() {
        if (!checked && prepareIndex()) {
            maintenance.reindexIfOutOfSync();
            rebuildIfOutOfStep();
        }
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > SHOWN ? line.substring(0, SHOWN) + "…" : line;
    }
}
