package jpus.taskforce.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Readiness reports DOWN when the search engine cannot be reached, so a load balancer stops routing. */
@QuarkusTest
@TestProfile(SearchEngineDownHealthTest.EngineUnreachable.class)
class SearchEngineDownHealthTest {

    public static class EngineUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A port nothing listens on; schema checks and content loading are skipped so the portal can start at all.
            return Map.of(
                    "quarkus.hibernate-search-orm.elasticsearch.hosts", "127.0.0.1:1",
                    "quarkus.elasticsearch.hosts", "127.0.0.1:1",
                    "quarkus.hibernate-search-orm.schema-management.strategy", "none",
                    "quarkus.hibernate-search-orm.elasticsearch.version-check.enabled", "false",
                    "portal.content.load-on-start", "false");
        }
    }

    @Test
    void readinessIsDown() {
        given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
    }

    @Test
    void searchAnswersServiceUnavailableAsAProblem() {
        given().queryParam("q", "forced labor").when().get("/api/v1/documents").then()
                .statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
    }

    @Test
    void theSearchPageExplainsInsteadOfFailing() {
        given().when().get("/en/search?q=forced+labor").then().statusCode(503)
                .body(org.hamcrest.Matchers.containsString("temporarily unavailable"));
    }
}
