package jpus.taskforce.portal.content;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the knowledge base's files are and whether they are loaded at start-up. */
@ConfigMapping(prefix = "portal.content")
public interface ContentConfig {

    /** The content/ folder: documents, topics, agencies and glossary. */
    @WithDefault("content")
    String directory();

    /** Load the folder into the database at start-up (idempotent: unchanged files change nothing). */
    @WithDefault("true")
    boolean loadOnStart();

    /**
     * Documents written per transaction. Larger batches load faster; a batch the database refuses
     * is written again one document at a time.
     */
    @WithDefault("100")
    int batchSize();
}
