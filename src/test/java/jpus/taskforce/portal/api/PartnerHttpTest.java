package jpus.taskforce.portal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jpus.taskforce.portal.testsupport.Indexing;

/** HTTP behaviour partners and caches rely on: language negotiation, conditional requests, sitemap, structured data. */
@QuarkusTest
class PartnerHttpTest {

    @Inject
    Indexing indexing;

    @Test
    void withoutLangTheAcceptLanguageHeaderPicksTheLanguage() {
        given().header("Accept-Language", "ja-JP,ja;q=0.9").queryParam("q", "zorblefax").when().get("/api/v1/documents")
                .then().statusCode(200)
                .header("Content-Language", "ja")
                .header("Vary", containsString("Accept-Language"))
                .body("hits[0].title", equalTo("語幹処理の試験用文書"));
    }

    @Test
    void theLangParameterWinsOverAcceptLanguage() {
        given().header("Accept-Language", "ja").queryParam("lang", "en").queryParam("q", "zorblefax")
                .when().get("/api/v1/documents").then().statusCode(200)
                .header("Content-Language", "en")
                .body("hits[0].title", equalTo("Fixture for English stemming"));
    }

    @Test
    void anUnchangedDocumentAnswers304ToItsETag() {
        var first = given().when().get("/api/v1/documents/us-uflpa").then().statusCode(200)
                .header("ETag", notNullValue()).header("Last-Modified", notNullValue()).extract();
        given().header("If-None-Match", first.header("ETag")).when().get("/api/v1/documents/us-uflpa")
                .then().statusCode(304).body(emptyString());
        given().header("If-Modified-Since", first.header("Last-Modified")).when().get("/api/v1/documents/us-uflpa")
                .then().statusCode(304);
    }

    @Test
    void searchResultsCarryAnETagThatFollowsTheirContent() {
        // Edits made by earlier tests reach the index through the outbox: results must stop changing first.
        indexing.awaitIndexed();
        String tag = given().queryParam("q", "forced labor").when().get("/api/v1/documents").then().statusCode(200)
                .extract().header("ETag");
        given().queryParam("q", "forced labor").header("If-None-Match", tag).when().get("/api/v1/documents")
                .then().statusCode(304);
        String other = given().queryParam("q", "child labor").when().get("/api/v1/documents").then().statusCode(200)
                .extract().header("ETag");
        assertThat(other).isNotEqualTo(tag);
    }

    @Test
    void topicListsAreConditionalToo() {
        String tag = given().when().get("/api/v1/topics").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).when().get("/api/v1/topics").then().statusCode(304);
    }

    @Test
    void theSitemapListsBothLanguagesOfEachDocumentAsAlternates() {
        String sitemap = given().when().get("/sitemap.xml").then().statusCode(200)
                .contentType(containsString("xml")).extract().asString();
        assertThat(sitemap).contains("/en/documents/us-uflpa</loc>", "/ja/documents/us-uflpa</loc>")
                .contains("hreflang=\"ja\"", "hreflang=\"en\"")
                .doesNotContain("/en/documents/fixture-conjugation-ja</loc>");
    }

    @Test
    void aLawsPageDescribesItselfAsLegislation() {
        given().when().get("/en/documents/us-uflpa").then().statusCode(200)
                .body(containsString("<script type=\"application/ld+json\">"))
                .body(containsString("\"@type\":\"Legislation\""))
                .body(containsString("\"legislationIdentifier\":\"Public Law 117-78\""));
    }
}
