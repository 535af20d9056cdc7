package jpus.taskforce.portal.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.PortalTestResources;
import jpus.taskforce.portal.testsupport.TcpProxy;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * Keycloak becomes unreachable under the running portal (the portal sees it through a proxy of
 * the test's own, which is taken down; the suite's Keycloak keeps running for the other tests):
 * reading is unaffected, tokens issued before keep working with the keys the portal already holds,
 * and signing in says plainly that it is not possible for now.
 */
@QuarkusTest
@TestProfile(KeycloakOutageTest.KeycloakBehindProxy.class)
class KeycloakOutageTest {

    private static TcpProxy proxy;

    public static class KeycloakBehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String proxied = "http://127.0.0.1:" + proxy().port() + "/realms/" + KeycloakServer.REALM;
            // Tokens (testsupport/Tokens) come from Keycloak's own address; behind the proxy Keycloak
            // names itself by the proxy's, so the issuer expected is Keycloak's own realm address.
            return Map.of("quarkus.oidc.auth-server-url", proxied,
                    "quarkus.oidc.token.issuer", "${" + PortalTestResources.KEYCLOAK_REALM_URL + "}",
                    "quarkus.oidc.api.token.issuer", "${" + PortalTestResources.KEYCLOAK_REALM_URL + "}");
        }
    }

    // Keycloak itself is only looked up once the portal connects, by the suite's shared test resources.
    private static synchronized TcpProxy proxy() {
        if (proxy == null) {
            proxy = TcpProxy.to(() -> URI.create(KeycloakServer.shared().url()));
            Runtime.getRuntime().addShutdownHook(new Thread(proxy::close, "keycloak-proxy-stop"));
        }
        return proxy;
    }

    @Test
    void readingAndValidTokensKeepWorkingAndSignInExplainsWhileKeycloakIsDown() {
        String published = Documents.at(Stage.PUBLISHED, "JP", "public", "Keycloakium");
        // Tokens issued before the outage: the editor's and the reviewer's, as a signed-in client holds them.
        Tokens.token(KeycloakServer.METI_EDITOR);
        Tokens.token(KeycloakServer.METI_REVIEWER);
        given().redirects().follow(false).get("/sign-in?lang=en").then().statusCode(303);

        proxy().down();
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
            proxy().up();
        }

        given().redirects().follow(false).get("/sign-in?lang=en").then().statusCode(303)
                .header("Location", endsWith("/en/staff"));
    }
}
