package jpus.taskforce.portal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;
import io.restassured.response.Response;

/** Past the limit a client is told to wait, in problem+json, while pages stay open. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimit.class)
class RateLimitTest {

    private static final int LIMIT = 5;
    private static final int PARTNER_LIMIT = 40;

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.rate-limit.anonymous-per-minute", String.valueOf(LIMIT),
                    "portal.rate-limit.authenticated-per-minute", String.valueOf(PARTNER_LIMIT));
        }
    }

    @Test
    void aClientPastTheLimitIsAskedToRetryLater() {
        Response refused = null;
        for (int i = 0; i < 3 * LIMIT && refused == null; i++) {
            Response response = given().when().get("/api/v1/topics");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(refused).as("a 429 within %d requests", 3 * LIMIT).isNotNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);

        given().when().get("/en/").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void anAuthenticatedPartnerHasItsOwnHigherLimit() {
        for (int i = 0; i < LIMIT + 1; i++) {
            given().when().get("/api/v1/topics");
        }
        for (int i = 0; i < 2 * LIMIT; i++) {
            Tokens.as(KeycloakServer.PARTNER_READER).get("/api/v1/topics").then().statusCode(200);
        }
        int status = 200;
        for (int i = 0; i < PARTNER_LIMIT && status == 200; i++) {
            status = Tokens.as(KeycloakServer.PARTNER_READER).get("/api/v1/topics").statusCode();
        }
        assertThat(status).isEqualTo(429);
    }
}
