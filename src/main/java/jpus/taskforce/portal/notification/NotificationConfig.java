package jpus.taskforce.portal.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who is told of workflow steps, in which language, and how the messages leave the outbox. */
@ConfigMapping(prefix = "portal.notifications")
public interface NotificationConfig {

    /** Username to e-mail address; overrides the address from the user's token. */
    Map<String, String> addresses();

    /** Username to the language ({@code en} or {@code ja}) the user reads notifications in; English otherwise. */
    Map<String, String> languages();

    /**
     * Government code ({@code jp}, {@code us}) to the reviewers told of submissions, besides the
     * reviewers the portal has already seen take a step.
     */
    Map<String, List<String>> reviewers();

    /** Off for the local run: messages are kept in the outbox (and the staff inbox) but never sent. */
    @WithDefault("true")
    boolean send();

    /** The sender of the messages. */
    @WithDefault("portal@taskforce.invalid")
    String from();

    /** The portal's address as staff reach it, for the links in the messages. */
    @WithDefault("http://localhost:8080")
    String portalUrl();

    /** How often due messages are looked for. */
    @WithDefault("5s")
    Duration sendEvery();

    /** After this many failed attempts a message is no longer tried (it stays in the outbox). */
    @WithDefault("10")
    int maxAttempts();

    /** Delay before the second attempt; it doubles after each failure. */
    @WithDefault("10s")
    Duration firstRetryDelay();

    @WithDefault("1h")
    Duration maxRetryDelay();

    default Optional<String> addressOf(String username) {
        return Optional.ofNullable(addresses().get(username));
    }
}
