package jpus.taskforce.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest {

    @Test
    void theApplicationIsReadyWhenTheDatabaseAndTheEngineAnswer() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessLeavesKeycloakOutSincePublicPagesNeverNeedIt() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", everyItem(not(matchesPattern("(?i).*(oidc|keycloak).*"))));
    }
}
