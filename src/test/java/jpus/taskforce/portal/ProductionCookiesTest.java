package jpus.taskforce.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Production sends every cookie with Secure. The suite runs the portal over plain http, where a
 * Secure cookie would never come back, so the production profile's settings are checked here.
 */
@Tag("unit")
class ProductionCookiesTest {

    @Test
    void productionMarksEveryCookieSecure() throws IOException {
        Properties config = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            config.load(in);
        }
        assertThat(config.getProperty("%prod.quarkus.oidc.authentication.cookie-force-secure")).as("OIDC cookies").isEqualTo("true");
        assertThat(config.getProperty("%prod.quarkus.rest-csrf.cookie-force-secure")).as("CSRF cookie").isEqualTo("true");
        // Form sign-in (the demo accounts) exists in the local run only, which is plain http.
        assertThat(config.stringPropertyNames()).filteredOn(name -> name.contains("quarkus.http.auth.form."))
                .allMatch(name -> name.startsWith("%dev."));
    }
}
