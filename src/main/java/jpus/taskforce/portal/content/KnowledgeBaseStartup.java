package jpus.taskforce.portal.content;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

import jpus.taskforce.portal.search.IndexMaintenance;
import jpus.taskforce.portal.search.MappingRollout;

/**
 * At start-up: first make sure there is an index and that it holds the database's documents (an
 * emptied index is rebuilt),
 * then load content/, whose changes reach the index through the outbox, and last, when the index
 * was built for another version's mapping, start rebuilding it while searches keep using it.
 */
@ApplicationScoped
public class KnowledgeBaseStartup {

    @Inject
    ContentConfig config;

    @Inject
    ContentLoader loader;

    @Inject
    IndexMaintenance index;

    @Inject
    MappingRollout rollout;

    void onStart(@Observes StartupEvent event) {
        rollout.prepareIndex();
        index.reindexIfOutOfSync();
        if (config.loadOnStart()) {
            loader.load(Path.of(config.directory()));
        }
        rollout.rebuildIfOutOfStep();
    }
}
