package jpus.taskforce.portal.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * Keycloak becomes unreachable under the running portal (the portal sees it through a proxy of
 * the fault tests' own, which is taken down; the suite's Keycloak keeps running for the other tests):
 * reading is unaffected, tokens issued before keep working with the keys the portal already holds,
 * and signing in says plainly that it is not possible for now.
 */
@QuarkusTest
@TestProfile(OwnBackingServices.class)
class KeycloakOutageTest {

    @Test
    void readingAndValidTokensKeepWorkingAndSignInExplainsWhileKeycloakIsDown() {
        String published = Documents.at(Stage.PUBLISHED, "JP", "public", "Keycloakium");
        // Tokens issued before the outage: the editor's and the reviewer's, as a signed-in client holds them.
        Tokens.token(KeycloakServer.METI_EDITOR);
        Tokens.token(KeycloakServer.METI_REVIEWER);
        given().redirects().follow(false).get("/sign-in?lang=en").then().statusCode(303);

        OwnBackingServices.keycloakProxy().down();
        try {
            given().get("/en/").then().statusCode(200);
            given().get("/en/documents/{slug}", published).then().statusCode(200).body(containsString("Keycloakium"));
            given().get("/api/v1/documents/{slug}", published).then().statusCode(200);
            given().get("/ja/search?q=強制労働").then().statusCode(200);

            String written = Documents.at(Stage.PUBLISHED, "JP", "public", "Keycloakium");
            given().get("/api/v1/documents/{slug}", written).then().statusCode(200);
            Tokens.as(KeycloakServer.METI_EDITOR).get("/api/v1/documents/{slug}/revisions", written).then().statusCode(200);

            given().redirects().follow(false).get("/sign-in?lang=ja").then().statusCode(503)
                    .header("Retry-After", "60")
                    .body(containsString("サインインのサービスに接続できません"))
                    .body(containsString("公開中のページや文書は引き続きご覧いただけます"))
                    .body(not(containsString("Exception")));
            given().redirects().follow(false).get("/sign-in?lang=en").then().statusCode(503)
                    .body(containsString("The sign-in service cannot be reached at the moment."));
        } finally {
            OwnBackingServices.keycloakProxy().up();
        }

        given().redirects().follow(false).get("/sign-in?lang=en").then().statusCode(303)
                .header("Location", endsWith("/en/staff"));
    }
}
