package jpus.taskforce.portal.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are delivered. */
@ConfigMapping(prefix = "portal.webhooks")
public interface WebhookConfig {

    /** How often due deliveries are looked for. */
    @WithDefault("5s")
    Duration dispatchEvery();

    /** After this many failed attempts a delivery is marked failed (it stays in the log). */
    @WithDefault("10")
    int maxAttempts();

    /** Delay before the second attempt; it doubles after each failure. */
    @WithDefault("10s")
    Duration firstRetryDelay();

    @WithDefault("1h")
    Duration maxRetryDelay();

    /** How long a receiver may take to answer. */
    @WithDefault("10s")
    Duration timeout();

    /** Plain-http endpoints are for local runs and tests only; partners receive over https. */
    @WithDefault("false")
    boolean allowHttp();
}
