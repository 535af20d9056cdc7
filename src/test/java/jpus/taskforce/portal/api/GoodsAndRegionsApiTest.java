package jpus.taskforce.portal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/** The goods and regions vocabularies through the API, with what the caller may read counted. */
@QuarkusTest
class GoodsAndRegionsApiTest {

    @Test
    void goodsCarryLabelsInBothLanguagesTheirBroaderGoodAndACount() {
        given().when().get("/api/v1/goods").then()
                .statusCode(200)
                .body("find { it.id == 'cotton' }.labels.en", equalTo("cotton"))
                .body("find { it.id == 'cotton' }.labels.ja", equalTo("綿"))
                .body("find { it.id == 'cotton' }.parent", equalTo("textiles"))
                .body("find { it.id == 'textiles' }.parent", nullValue())
                .body("find { it.id == 'cotton' }.count", greaterThan(0));
    }

    @Test
    void aBroaderGoodCountsTheDocumentsOfTheGoodsBelowIt() {
        List<Map<String, Object>> goods = given().when().get("/api/v1/goods").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(count(goods, "solar")).isGreaterThanOrEqualTo(count(goods, "polysilicon"));
        assertThat(count(goods, "textiles")).isGreaterThanOrEqualTo(count(goods, "cotton"));
    }

    @Test
    void regionsAreIsoCodesWithTheCountryTheyLieIn() {
        given().when().get("/api/v1/regions").then()
                .statusCode(200)
                .body("find { it.id == 'CN-XJ' }.parent", equalTo("CN"))
                .body("find { it.id == 'CN-XJ' }.labels.ja", equalTo("新疆ウイグル自治区"))
                .body("find { it.id == 'CN-XJ' }.count", greaterThan(0));
    }

    @Test
    void restrictedDocumentsCountOnlyForThoseWhoMayReadThem() {
        String slug = Documents.newSlug("test-jp-cocoa");
        Map<String, Object> body = Documents.body(slug, "JP", "restricted", "cocoa");
        body.put("goods", List.of("cocoa"));
        Tokens.as(Documents.editorOf("JP")).contentType("application/json").body(body)
                .post("/api/v1/documents").then().statusCode(201);
        Documents.publish(slug, "JP", "First version.");

        long forThePublic = count(Tokens.as("anonymous").get("/api/v1/goods").then().statusCode(200)
                .extract().jsonPath().getList("$"), "cocoa");
        long forAMember = count(Tokens.as(KeycloakServer.MEMBER).get("/api/v1/goods").then().statusCode(200)
                .extract().jsonPath().getList("$"), "cocoa");

        assertThat(forAMember).isEqualTo(forThePublic + 1);
    }

    private static long count(List<Map<String, Object>> terms, String id) {
        return terms.stream().filter(t -> id.equals(t.get("id"))).map(t -> ((Number) t.get("count")).longValue())
                .findFirst().orElseThrow();
    }
}
