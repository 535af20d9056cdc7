package jpus.taskforce.portal.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Requests per minute that one client may make to /api/*; 0 switches the limit off. */
@ConfigMapping(prefix = "portal.rate-limit")
public interface RateLimitConfig {

    /** Per client address, for callers without credentials. */
    @WithDefault("300")
    int anonymousPerMinute();

    /**
     * Per credential (bearer token or Basic account), for partners and staff. Keyed by a digest of
     * the credential: a forged one gains nothing, since it is refused with 401 before any work.
     */
    @WithDefault("1200")
    int authenticatedPerMinute();
}
