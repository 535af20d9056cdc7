package jpus.taskforce.portal.attachment;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on attached files. */
@ConfigMapping(prefix = "portal.attachments")
public interface AttachmentConfig {

    /** The largest file accepted; a larger one is refused with 413. */
    @WithDefault("20M")
    MemorySize maxSize();
}
