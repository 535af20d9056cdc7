package jpus.taskforce.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What operators scrape at /q/metrics: requests per route, search latency, indexing lag, content
 * loads, webhook deliveries.
 */
@QuarkusTest
class MetricsTest {

    @Test
    void theMetricsOperatorsNeedArePublished() {
        given().queryParam("q", "forced labor").when().get("/api/v1/documents").then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("portal_search_seconds_count{outcome=\"ok\"")
                .contains("portal_outbox_backlog")
                .contains("portal_indexing_lag_seconds")
                .contains("portal_content_documents_total{outcome=\"created\"")
                .contains("portal_webhook_deliveries_total{outcome=\"delivered\"")
                .contains("portal_webhook_deliveries_total{outcome=\"failed-attempt\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/documents\"");
    }

    @Test
    void latencyIsRecordedPerRouteNotPerDocument() {
        for (String slug : new String[] {"us-uflpa", "meti-guidelines-respecting-human-rights-2022"}) {
            given().when().get("/api/v1/documents/" + slug).then().statusCode(200);
            given().when().get("/en/documents/" + slug).then().statusCode(200);
        }
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/documents/\\{slug}\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/\\{lang:en\\|ja}/documents/\\{slug}\"")
                .doesNotContain("uri=\"/api/v1/documents/us-uflpa\"")
                .doesNotContain("uri=\"/en/documents/us-uflpa\"");
    }
}
