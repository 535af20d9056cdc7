package jpus.taskforce.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.StaffSession;
import jpus.taskforce.portal.testsupport.Tokens;

/** The administrators' page for partner endpoints: the same registrations as the API, behind sign-in and CSRF. */
@QuarkusTest
class WebhooksPageTest {

    private static final String PAGE = "/en/staff/webhooks";
    private static final Map<String, StaffSession> SESSIONS = new ConcurrentHashMap<>();

    private static StaffSession as(String user) {
        return SESSIONS.computeIfAbsent(user, StaffSession::signIn);
    }

    @Test
    void anAdministratorRegistersAnEndpointOnThePage() {
        String url = "https://partner.example.org/" + Documents.newSlug("hook");
        as(KeycloakServer.ADMIN).form(PAGE).formParam("url", url).formParam("secret", "a-shared-secret-of-the-partner")
                .formParam("events", "published").formParam("events", "archived")
                .post(PAGE).then().statusCode(303).header("Location", endsWith(PAGE + "?done=registered"));

        as(KeycloakServer.ADMIN).request().get(PAGE + "?done=registered").then().statusCode(200)
                .body(containsString("The endpoint is registered."))
                .body(containsString("<code>" + url + "</code>"))
                .body(containsString("Events: Published, Archived"));
        Tokens.as(KeycloakServer.ADMIN).get("/api/v1/webhooks").then().statusCode(200)
                .body("find { it.url == '" + url + "' }.events", contains("published", "archived"));
    }

    @Test
    void anAdministratorRemovesAnEndpointOnThePage() {
        String url = "https://partner.example.org/" + Documents.newSlug("hook");
        as(KeycloakServer.ADMIN).form(PAGE).formParam("url", url).formParam("secret", "a-shared-secret-of-the-partner")
                .post(PAGE).then().statusCode(303);
        String page = as(KeycloakServer.ADMIN).request().get(PAGE).then().statusCode(200).extract().asString();
        Matcher id = Pattern.compile("id=\"webhook-(\\d+)\"><code>" + Pattern.quote(url) + "</code>").matcher(page);
        assertThat(id.find()).as("the endpoint is listed").isTrue();

        as(KeycloakServer.ADMIN).form(PAGE).post(PAGE + "/" + id.group(1) + "/delete").then().statusCode(303)
                .header("Location", endsWith(PAGE + "?done=removed"));

        as(KeycloakServer.ADMIN).request().get(PAGE).then().statusCode(200).body(not(containsString(url)));
    }

    @Test
    void aGeneratedSecretIsShownOnceOnThePage() {
        String url = "https://partner.example.org/" + Documents.newSlug("hook");
        as(KeycloakServer.ADMIN).form(PAGE).formParam("url", url).post(PAGE).then().statusCode(200)
                .body(containsString("The generated secret, shown only now"))
                .body(matchesPattern("(?s).*<code>[0-9a-f]{64}</code>.*"));
    }

    @Test
    void anInvalidAddressIsShownAtItsFieldInThePagesLanguage() {
        as(KeycloakServer.ADMIN).form("/ja/staff/webhooks").formParam("url", "ftp://partner.example.org/hook")
                .post("/ja/staff/webhooks").then().statusCode(422)
                .body(containsString("id=\"f-url-error\""))
                .body(containsString("https:// で始まるアドレスを入力してください。"))
                .body(containsString("value=\"ftp://partner.example.org/hook\""));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        String url = "https://partner.example.org/" + Documents.newSlug("hook");
        as(KeycloakServer.ADMIN).request().contentType("application/x-www-form-urlencoded").formParam("url", url)
                .post(PAGE).then().statusCode(400).body(containsString("The form has expired"));
        Tokens.as(KeycloakServer.ADMIN).get("/api/v1/webhooks").then().body(not(containsString(url)));
    }

    @Test
    void someoneWhoIsNotAnAdministratorIsRefused() {
        as(KeycloakServer.METI_REVIEWER).request().get(PAGE).then().statusCode(403)
                .body(containsString("You cannot open this page"));
        as(KeycloakServer.METI_REVIEWER).form("/en/staff").formParam("url", "https://partner.example.org/x")
                .post(PAGE).then().statusCode(403);
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        given().redirects().follow(false).get(PAGE).then().statusCode(302)
                .header("Location", startsWith(KeycloakServer.shared().realmUrl()));
    }

    @Test
    void administratorsFindThePageInTheWorkspace() {
        as(KeycloakServer.ADMIN).request().get("/en/staff").then().body(containsString("href=\"/en/staff/webhooks\""));
        as(KeycloakServer.METI_EDITOR).request().get("/en/staff").then().body(not(containsString("/staff/webhooks")));
    }
}
