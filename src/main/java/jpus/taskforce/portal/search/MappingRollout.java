package jpus.taskforce.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * A release that changes the index (a field, an analyzer) rolls out without an outage: the portal
 * starts whatever index the aliases point at, keeps serving searches from it, and rebuilds the
 * index this version expects beside it ({@link ZeroDowntimeReindex}), which then takes over.
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
    SearchConfig config;

    /** Compares the live index with this version's and, when they differ, starts the rebuild. */
    public void rebuildIfOutOfStep() {
        String difference;
        try {
            difference = expected.difference();
        } catch (RuntimeException e) {
            LOG.warnf("Could not compare the index with this version's mapping (%s); searches use it as it is", e.getMessage());
            return;
        }
        if (difference == null) {
            LOG.info("The index matches this version's mapping");
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

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > SHOWN ? line.substring(0, SHOWN) + "…" : line;
    }
}
