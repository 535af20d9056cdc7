package jpus.taskforce.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every kind of response carries the headers that keep pages from being framed, sniffed or scripted. */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/en/", "/ja/search?q=%E5%BC%B7%E5%88%B6%E5%8A%B4%E5%83%8D", "/en/documents/us-uflpa",
            "/en/documents/no-such-document", "/api/v1/documents?q=forced", "/api/v1/documents/no-such-document",
            "/api/v1/documents?size=999", "/css/portal.css", "/js/suggest.js", "/sitemap.xml", "/en/feed.atom" })
    void everyResponseCarriesTheSecurityHeaders(String path) {
        Response response = given().redirects().follow(false).when().get(path);
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).as("CSP of %s", path).isNotNull()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
    }
}
