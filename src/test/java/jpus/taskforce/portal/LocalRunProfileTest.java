package jpus.taskforce.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import jpus.taskforce.portal.testsupport.Indexing;

/** The README's local run: the dev profile on an embedded H2 file database with the search node. */
@QuarkusTest
@TestProfile(LocalRunProfileTest.LocalRun.class)
class LocalRunProfileTest {

    public static class LocalRun implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "dev";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // Its own database file, so the test never touches a developer's .local/ data.
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/local-run-test/db;DB_CLOSE_ON_EXIT=FALSE",
                    "quarkus.flyway.clean-at-start", "true",
                    "quarkus.flyway.clean-disabled", "false",
                    "quarkus.http.test-port", "0");
        }
    }

    @Inject
    Indexing indexing;

    @Test
    void startsOnH2AndServesASearch() {
        indexing.awaitIndexed();
        given().queryParam("q", "forced labor").when().get("/api/v1/documents").then()
                .statusCode(200).body("total", greaterThan(0));
    }
}
