package jpus.taskforce.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Readiness reports DOWN when the database cannot be reached. */
@QuarkusTest
@TestProfile(DatabaseDownHealthTest.DatabaseUnreachable.class)
class DatabaseDownHealthTest {

    public static class DatabaseUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A port nothing listens on; migrations and content loading are skipped so the portal can start at all.
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/portal_test",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.flyway.clean-at-start", "false",
                    "portal.content.load-on-start", "false");
        }
    }

    @Test
    void readinessIsDown() {
        given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
    }
}
