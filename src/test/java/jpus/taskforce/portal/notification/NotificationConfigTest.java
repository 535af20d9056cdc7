package jpus.taskforce.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Production lists no one in the configuration: addresses come from tokens, languages default to English. */
class NotificationConfigTest {

    @Test
    void aConfigurationWithoutAnyNotificationSettingIsValid() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(NotificationConfig.class)
                // Quarkus's own reading of "10s"; plain SmallRye Config only reads ISO-8601 durations.
                .withConverter(Duration.class, 100, new DurationConverter())
                .build();
        NotificationConfig notifications = config.getConfigMapping(NotificationConfig.class);
        assertThat(notifications.addresses()).isEmpty();
        assertThat(notifications.languages()).isEmpty();
        assertThat(notifications.reviewers()).isEmpty();
        assertThat(notifications.send()).isTrue();
    }
}
