package jpus.taskforce.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.testsupport.Indexing;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/** GET /api/v1/admin/health: every dependency's state, for admins only. */
@QuarkusTest
class DetailedHealthApiTest {

    private static final String HEALTH = "/api/v1/admin/health";

    @Inject
    Indexing indexing;

    @Test
    void anAdminSeesEveryComponentUpWithItsDetails() {
        indexing.awaitIndexed();
        Tokens.as(KeycloakServer.ADMIN).get(HEALTH).then()
                .statusCode(200)
                .body("checkedAt", notNullValue())
                .body("database.status", equalTo("UP"))
                .body("database.product", containsString("PostgreSQL"))
                .body("searchEngine.status", equalTo("UP"))
                .body("searchEngine.distribution", equalTo("opensearch"))
                .body("searchEngine.readIndex", matchesPattern("document-\\d{6}"))
                .body("searchEngine.outboxBacklog", notNullValue())
                .body("keycloak.status", equalTo("UP"))
                .body("keycloak.url", equalTo(KeycloakServer.shared().realmUrl()))
                .body("keycloak.signingKeys", greaterThan(0))
                .body("webhooks.status", equalTo("UP"))
                .body("webhooks.pending", notNullValue());
    }

    @Test
    void theIndexSearchesReadHoldsEveryDocumentOfTheDatabase() {
        indexing.awaitIndexed();
        var report = Tokens.as(KeycloakServer.ADMIN).get(HEALTH).then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("searchEngine.indexedDocuments"))
                .isEqualTo(report.getLong("searchEngine.databaseDocuments"))
                .isEqualTo(report.getLong("database.documents"))
                .isPositive();
    }

    @Test
    void aPartnerIsRefusedWithAProblem() {
        Tokens.as(KeycloakServer.PARTNER_READER).get(HEALTH).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void anAnonymousCallerMustSignIn() {
        Tokens.as("anonymous").get(HEALTH).then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
