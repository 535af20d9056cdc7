package jpus.taskforce.portal;

import static io.restassured.RestAssured.given;
import static io.restassured.matcher.RestAssuredMatchers.detailedCookie;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The local run's demo accounts: the form on /sign-in posts to Quarkus form authentication, which
 * keeps the session in the portal-session cookie. Same profile as {@link LocalRunProfileTest}, so
 * both run on one start of the application.
 */
@QuarkusTest
@TestProfile(LocalRunProfileTest.LocalRun.class)
class LocalRunSignInTest {

    private static final String SESSION_COOKIE = "portal-session";

    @Test
    void theSignInPageHasTheFormForTheDemoAccounts() {
        given().get("/sign-in?lang=ja").then().statusCode(200)
                .body(containsString("<html lang=\"ja\">"))
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("name=\"j_username\""))
                .body(containsString("name=\"j_password\""));
    }

    @Test
    void theWorkspaceAsksAnonymousVisitorsToSignInOnTheForm() {
        given().redirects().follow(false).get("/en/staff").then()
                .statusCode(302).header("Location", endsWith("/sign-in"));
    }

    @Test
    void aDemoAccountSignsInAndOpensTheWorkspace() {
        Response signIn = signIn("meti-editor", "meti-editor");
        signIn.then().statusCode(302).header("Location", endsWith("/en/staff")).cookie(SESSION_COOKIE, notNullValue())
                .cookie(SESSION_COOKIE, detailedCookie().httpOnly(true).sameSite("Strict"));
        given().cookie(SESSION_COOKIE, signIn.getCookie(SESSION_COOKIE)).get("/en/staff").then()
                .statusCode(200)
                .body(containsString("Signed in as meti-editor"))
                .body(containsString("href=\"/en/staff/new\""));
    }

    @Test
    void aWrongPasswordLandsOnTheSignInPageWithTheError() {
        Response refused = signIn("meti-editor", "not-the-password");
        refused.then().statusCode(302).header("Location", endsWith("/sign-in?error=true"));
        given().get("/sign-in?error=true&lang=en").then().statusCode(200)
                .body(containsString("The user name or password is not correct."));
    }

    @Test
    void signingOutExpiresTheSessionCookie() {
        String session = signIn("meti-reviewer", "meti-reviewer").getCookie(SESSION_COOKIE);
        Response home = given().cookie(SESSION_COOKIE, session).get("/ja/");
        home.then().body(containsString("meti-reviewer でログイン中"));
        String token = home.getCookie("csrf-token");
        given().redirects().follow(false).cookie(SESSION_COOKIE, session).cookie("csrf-token", token)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token).formParam("lang", "ja")
                .post("/sign-out").then()
                .statusCode(303)
                .header("Location", endsWith("/ja/"))
                .cookie(SESSION_COOKIE, detailedCookie().value("").maxAge(0L));
    }

    private static Response signIn(String user, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password)
                .post("/j_security_check");
    }
}
