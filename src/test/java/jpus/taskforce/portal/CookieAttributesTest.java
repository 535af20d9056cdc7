package jpus.taskforce.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.StaffSession;

/**
 * The cookies of a staff sign-in (the OIDC code flow's state and session cookies, the CSRF cookie)
 * cannot be read by scripts and are not sent along with requests from other sites. Secure is set in
 * production only, where the portal is served over https (ProductionCookiesTest).
 */
@QuarkusTest
class CookieAttributesTest {

    @Test
    void theSignInStateCookieIsHttpOnlyAndLax() {
        List<String> cookies = given().redirects().follow(false).get("/en/staff").then().statusCode(302)
                .extract().headers().getValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("q_auth")).isNotEmpty()
                .allSatisfy(CookieAttributesTest::httpOnlyAndLax);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLax() {
        List<String> cookies = StaffSession.signIn(KeycloakServer.METI_EDITOR).sessionCookieHeaders();
        assertThat(cookies).filteredOn(c -> c.startsWith("q_session")).isNotEmpty()
                .allSatisfy(CookieAttributesTest::httpOnlyAndLax);
    }

    @Test
    void theCsrfCookieIsHttpOnlyAndStrict() {
        List<String> cookies = StaffSession.signIn(KeycloakServer.METI_EDITOR).request().get("/en/staff/new").then()
                .statusCode(200).extract().headers().getValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("csrf-token=")).singleElement()
                .satisfies(c -> assertThat(c).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Strict"));
    }

    // Lax, not Strict: Keycloak sends the browser back to the portal from another site, and the
    // state cookie must travel with that navigation.
    private static void httpOnlyAndLax(String cookie) {
        assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
    }
}
