package jpus.taskforce.portal.search;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the index is kept in step with the database. */
@ConfigMapping(prefix = "portal.search")
public interface SearchConfig {

    /**
     * How often index changes the engine could not take are requeued. Read by the schedule of
     * {@link AbortedIndexingRecovery}, which takes its default from here.
     */
    @WithDefault("60s")
    String abortedEventsCheck();

    /**
     * Longest a mass indexing (first load, rebuild) may take. The mass indexer reads the
     * documents' identifiers in one read-only transaction that stays open until the last document
     * is indexed: under the 60 s default transaction timeout, a rebuild of 100k documents stopped
     * at 11% (docs/benchmarks.md, finding (7)).
     */
    @WithDefault("6h")
    Duration massIndexingTimeout();

    /**
     * Rebuild the index at start-up, without an outage, when it was built for another version's
     * mapping (docs/operations.md). Off, the portal serves the index it finds until an admin
     * starts the rebuild.
     */
    @WithDefault("true")
    boolean rebuildOnMappingChange();
}
