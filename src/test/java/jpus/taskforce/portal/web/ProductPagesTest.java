package jpus.taskforce.portal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The goods and regions pages and the product check, read as a browser without JavaScript would. */
@QuarkusTest
class ProductPagesTest {

    @ParameterizedTest
    @ValueSource(strings = { "en", "ja" })
    void goodsRegionsAndTheCheckRenderInBothLanguages(String lang) {
        for (String path : new String[] { "/goods", "/goods/cotton", "/regions", "/regions/CN-XJ", "/check",
                "/check?good=cotton&region=CN-XJ" }) {
            given().when().get("/" + lang + path).then()
                    .statusCode(200)
                    .contentType(containsString("text/html"))
                    .body(containsString("<html lang=\"" + lang + "\">"))
                    .body(containsString("hreflang=\"" + (lang.equals("en") ? "ja" : "en") + "\""));
        }
    }

    @Test
    void theGoodsIndexLinksEachGoodWithItsJapaneseName() {
        given().when().get("/en/goods").then().statusCode(200)
                .body(containsString("href=\"/en/goods/cotton\""))
                .body(containsString("href=\"/en/goods/polysilicon\""))
                .body(containsString("綿"));
    }

    @Test
    void aGoodsPageListsTheDocumentsOfTheGoodsBelowIt() {
        given().when().get("/en/goods/solar").then().statusCode(200)
                .body(containsString("href=\"/en/goods/polysilicon\""))
                .body(containsString("href=\"/en/documents/us-uflpa\""))
                .body(containsString("href=\"/en/check?good=solar\""));
    }

    @Test
    void aCountryPageListsTheDocumentsOfItsRegions() {
        given().when().get("/ja/regions/CN").then().statusCode(200)
                .body(containsString("href=\"/ja/regions/CN-XJ\""))
                .body(containsString("href=\"/ja/documents/us-uflpa\""));
    }

    @Test
    void anUnknownGoodOrRegionIsNotAPage() {
        given().when().get("/en/goods/unobtainium").then().statusCode(404);
        given().when().get("/en/regions/ZZ").then().statusCode(404);
    }

    @Test
    void theDocumentPageLinksItsGoodsAndRegions() {
        given().when().get("/en/documents/us-uflpa").then().statusCode(200)
                .body(containsString("href=\"/en/goods/cotton\""))
                .body(containsString("href=\"/en/regions/CN-XJ\""));
    }

    @Test
    void theSitemapListsGoodsRegionsAndTheCheckInBothLanguages() {
        given().when().get("/sitemap.xml").then().statusCode(200)
                .body(containsString("/en/goods/cotton</loc>"))
                .body(containsString("/ja/regions/CN-XJ</loc>"))
                .body(containsString("/en/check</loc>"))
                .body(containsString("/ja/goods</loc>"));
    }

    @Test
    void theCheckAnswersInSectionsWithTheSentenceThatNamesTheGood() {
        given().queryParam("good", "cotton").queryParam("region", "CN-XJ").when().get("/en/check").then()
                .statusCode(200)
                .body(containsString("What may apply to cotton from Xinjiang"))
                .body(containsString("Rules that may apply in the United States and Japan"))
                .body(containsString("Lists and designations that name this good or region"))
                .body(containsString("Guidance and good practice for due diligence"))
                .body(containsString("What this check does not cover"))
                .body(containsString("href=\"/en/documents/us-uflpa\""))
                .body(containsString("Tagged with the good “cotton”."))
                .body(containsString("<option value=\"cotton\" selected>"));
    }

    @Test
    void theCheckReadsAsJapaneseInJapanese() {
        given().queryParam("good", "cotton").queryParam("region", "CN-XJ").when().get("/ja/check").then()
                .statusCode(200)
                .body(containsString("新疆ウイグル自治区産の綿に適用され得るもの"))
                .body(containsString("米国及び日本で適用され得る規則"))
                .body(containsString("物品「綿」のタグが付いています。"))
                .body(containsString("このチェックの対象外の事項"));
    }

    @Test
    void beforeAGoodIsChosenTheCheckShowsOnlyTheForm() {
        given().when().get("/en/check").then().statusCode(200)
                .body(allOf(containsString("<select id=\"good\" name=\"good\""), containsString("<select id=\"region\" name=\"region\"")))
                .body(not(containsString("What this check does not cover")));
    }

    @Test
    void anUnknownGoodIsExplainedBesideTheFormInsteadOfFailing() {
        given().queryParam("good", "unobtainium").when().get("/ja/check").then().statusCode(200)
                .body(containsString("一覧から物品を選択してください。"))
                .body(containsString("aria-invalid=\"true\""))
                .body(not(containsString("このチェックの対象外の事項")));
    }
}
