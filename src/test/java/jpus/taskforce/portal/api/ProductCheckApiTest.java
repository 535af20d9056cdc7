package jpus.taskforce.portal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The product check through the API: sections built from tags and metadata, each finding with its reasons. */
@QuarkusTest
class ProductCheckApiTest {

    private static final String UFLPA = "rules.find { it.slug == 'us-uflpa' }";

    @Test
    void cottonFromXinjiangFindsTheUflpaWithTheTagAndTheSentenceThatNamesIt() {
        given().queryParam("good", "cotton").queryParam("region", "CN-XJ").when().get("/api/v1/check").then()
                .statusCode(200)
                .body("good.id", equalTo("cotton"))
                .body("good.labels.ja", equalTo("綿"))
                .body("region.id", equalTo("CN-XJ"))
                .body(UFLPA + ".binding", equalTo(true))
                .body(UFLPA + ".status", equalTo("in-force"))
                .body(UFLPA + ".citation", notNullValue())
                .body(UFLPA + ".sourceUrl", notNullValue())
                .body(UFLPA + ".reasons.find { it.kind == 'good' }.id", equalTo("cotton"))
                .body(UFLPA + ".reasons.find { it.kind == 'good' }.sentence.en", containsStringIgnoringCase("cotton"))
                .body(UFLPA + ".reasons.find { it.kind == 'good' }.sentence.ja", notNullValue())
                .body(UFLPA + ".reasons.find { it.kind == 'region' }.id", equalTo("CN-XJ"))
                .body(UFLPA + ".reasons.find { it.kind == 'region' }.explanation.ja", notNullValue());
    }

    @Test
    void bindingRulesComeBeforeTheOthers() {
        List<Boolean> binding = given().queryParam("good", "cotton").when().get("/api/v1/check").then().statusCode(200)
                .extract().jsonPath().getList("rules.binding", Boolean.class);
        assertThat(binding).contains(true, false);
        assertThat(binding.indexOf(false)).isGreaterThan(binding.lastIndexOf(true));
    }

    @Test
    void aBorderMeasureConcernsEveryGoodAndSaysSo() {
        String section307 = "rules.find { it.slug == 'us-tariff-act-section-307' }";
        given().queryParam("good", "cocoa").when().get("/api/v1/check").then()
                .statusCode(200)
                .body(section307 + ".reasons.kind", hasItem("all-goods"))
                .body(section307 + ".reasons.find { it.kind == 'all-goods' }.id", equalTo("import-restrictions"))
                .body(section307 + ".reasons.find { it.kind == 'all-goods' }.sentence", nullValue())
                .body(section307 + ".reasons.find { it.kind == 'all-goods' }.explanation.en",
                        containsStringIgnoringCase("every good imported into the United States"));
    }

    @Test
    void listsThatNameTheGoodComeWithTheDatesTheyState() {
        String dolList = "lists.find { it.slug == 'dol-list-of-goods-child-forced-labor' }";
        given().queryParam("good", "cotton").when().get("/api/v1/check").then()
                .statusCode(200)
                .body(dolList + ".updated", equalTo("2024-09-05"))
                .body(dolList + ".reasons.find { it.kind == 'good' }.id", equalTo("cotton"))
                .body("rules.slug", not(hasItem("dol-list-of-goods-child-forced-labor")));
    }

    @Test
    void guidanceForDueDiligenceIsOfferedWhateverTheGood() {
        given().queryParam("good", "cocoa").when().get("/api/v1/check").then()
                .statusCode(200)
                .body("guidance.slug", hasItem("meti-guidelines-respecting-human-rights-2022"))
                .body("notCovered.en", notNullValue())
                .body("notCovered.ja", notNullValue());
    }

    @Test
    void anUnknownGoodIsAProblemWithTheReasonUnknown() {
        given().queryParam("good", "unobtainium").when().get("/api/v1/check").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("good"))
                .body("errors[0].code", equalTo("unknown"))
                .body("errors[0].args.value", equalTo("unobtainium"));
    }

    @Test
    void anUnknownRegionIsAProblemWithTheReasonUnknown() {
        given().queryParam("good", "cotton").queryParam("region", "ZZ").when().get("/api/v1/check").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("region"))
                .body("errors[0].code", equalTo("unknown"));
    }

    @Test
    void withoutAGoodThereIsNothingToCheck() {
        given().when().get("/api/v1/check").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("good"))
                .body("errors[0].code", equalTo("required"));
    }
}
