package jpus.taskforce.portal.operations;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The detailed health check for admins. */
@ConfigMapping(prefix = "portal.health")
public interface HealthConfig {

    /** How long each request to Keycloak may take before it counts as down. */
    @WithDefault("2s")
    Duration keycloakTimeout();
}
