package jpus.taskforce.portal.testsupport;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A person signed in on the pages the way a browser does it: the authorization code flow with
 * Keycloak's own login form, ending with the portal's session cookie. Requests made through it carry
 * that cookie and follow no redirects, so tests see the portal's own answers.
 */
public final class StaffSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
    private static final String CSRF_COOKIE = "csrf-token";

    private final Map<String, String> cookies;
    private final List<String> sessionCookieHeaders;

    private StaffSession(Map<String, String> cookies, List<String> sessionCookieHeaders) {
        this.cookies = cookies;
        this.sessionCookieHeaders = sessionCookieHeaders;
    }

    /** Signs one of the realm's users in (the password is the user name) and returns the session. */
    public static StaffSession signIn(String user) {
        Response start = given().redirects().follow(false).get("/en/staff");
        expectRedirect(start, "the staff workspace");
        Map<String, String> portal = new HashMap<>(start.getCookies());

        Response loginPage = given().redirects().follow(false).urlEncodingEnabled(false).get(start.getHeader("Location"));
        Matcher form = LOGIN_FORM.matcher(loginPage.asString());
        if (loginPage.statusCode() != 200 || !form.find()) {
            throw new IllegalStateException("Keycloak's login form did not appear (" + loginPage.statusCode() + ")");
        }
        Response login = given().redirects().follow(false).urlEncodingEnabled(false)
                .cookies(loginPage.getCookies())
                .contentType("application/x-www-form-urlencoded")
                .body("username=" + user + "&password=" + user + "&credentialId=")
                .post(form.group(1).replace("&amp;", "&"));
        expectRedirect(login, "Keycloak's login form");

        Response callback = given().redirects().follow(false).urlEncodingEnabled(false).cookies(portal)
                .get(login.getHeader("Location"));
        expectRedirect(callback, "the portal's sign-in callback");
        portal.putAll(callback.getCookies());
        portal.values().removeIf(String::isEmpty);
        return new StaffSession(portal, callback.getHeaders().getValues("Set-Cookie"));
    }

    /** The Set-Cookie headers with which the portal opened the session, attributes and all. */
    public List<String> sessionCookieHeaders() {
        return sessionCookieHeaders;
    }

    /** A request carrying the session (and the CSRF cookie once a page has set it). */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    /** Opens a page and keeps the CSRF cookie it sets, whose value forms must send back. */
    public String csrfToken(String pagePath) {
        Response page = request().get(pagePath);
        String token = page.getCookie(CSRF_COOKIE);
        if (token != null) {
            cookies.put(CSRF_COOKIE, token);
        }
        return cookies.get(CSRF_COOKIE);
    }

    /** A form post with the CSRF token, as the page's own form would send it. */
    public RequestSpecification form(String pagePath) {
        String token = csrfToken(pagePath);
        return request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam(CSRF_COOKIE, token);
    }

    private static void expectRedirect(Response response, String step) {
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            throw new IllegalStateException("Signing in stopped at " + step + " with " + response.statusCode());
        }
    }
}
