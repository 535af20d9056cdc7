package jpus.taskforce.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import jpus.taskforce.portal.testsupport.Indexing;

/** The server-rendered pages, read as a browser without JavaScript would. */
@QuarkusTest
class PagesTest {

    @Inject
    Indexing indexing;

    @BeforeEach
    void indexIsUpToDate() {
        indexing.awaitIndexed();
    }

    @Test
    void theRootSendsJapaneseReadersToTheJapaneseHomePage() {
        given().redirects().follow(false).header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.8")
                .when().get("/").then().statusCode(303).header("Location", containsString("/ja/"));
    }

    @Test
    void theRootSendsOtherReadersToTheEnglishHomePage() {
        given().redirects().follow(false).header("Accept-Language", "fr-FR,fr;q=0.9")
                .when().get("/").then().statusCode(303).header("Location", containsString("/en/"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/en/topics/forced-labor", "/en/goods/cotton" })
    void topicAndTermPagesListTheirDocumentsInSectionsByGovernment(String path) {
        String page = given().when().get(path).then().statusCode(200).extract().asString();
        int firstSection = page.indexOf("<section aria-labelledby=\"group-0\">");
        assertThat(firstSection).as("the first section").isNotNegative();
        assertThat(page.indexOf("<h2 id=\"group-0\">", firstSection)).as("its heading").isPositive();
        assertThat(page.indexOf("<li class=\"card\">", firstSection)).as("a document card in a section").isPositive();
        assertThat(page.indexOf("href=\"/en/documents/us-uflpa\"", firstSection)).as("the UFLPA, tagged with both")
                .isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ja" })
    void everyPageTypeRendersInBothLanguagesWithTheRightLang(String lang) {
        for (String path : new String[] { "/" + lang + "/", "/" + lang + "/search", "/" + lang + "/search?q=forced+labor",
                "/" + lang + "/search?q=%E5%BC%B7%E5%88%B6%E5%8A%B4%E5%83%8D", "/" + lang + "/documents/us-uflpa" }) {
            given().when().get(path).then()
                    .statusCode(200)
                    .contentType(containsString("text/html"))
                    .body(containsString("<html lang=\"" + lang + "\">"))
                    .body(containsString("hreflang=\"en\""))
                    .body(containsString("hreflang=\"ja\""));
        }
    }

    @Test
    void theHomePageTellsWhatThePortalIsInJapanese() {
        given().when().get("/ja/").then().statusCode(200)
                .body(containsString("日米タスクフォース"))
                .body(containsString("新着文書"));
    }

    @Test
    void theLanguageSwitchKeepsThePageAndTheQuery() {
        String page = given().queryParam("q", "forced labor").queryParam("government", "US").when().get("/en/search")
                .then().statusCode(200).extract().asString();
        Matcher link = Pattern.compile("class=\"lang-switch\" href=\"([^\"]+)\"").matcher(page);
        assertThat(link.find()).as("language switch link").isTrue();
        String target = URLDecoder.decode(link.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
        assertThat(target).startsWith("/ja/search?").contains("q=forced labor").contains("government=US");
        given().when().get("/ja/documents/us-uflpa").then().statusCode(200)
                .body(containsString("href=\"/en/documents/us-uflpa\""));
    }

    @Test
    void searchResultsShowHighlightsAndFacets() {
        given().when().get("/en/search?q=zorblefax").then().statusCode(200)
                .body(containsString("<mark>zorblefax</mark>"))
                .body(containsString("name=\"government\""))
                .body(containsString("1 document"));
    }

    @Test
    void aDocumentMissingThePageLanguageSaysSoAndShowsTheOther() {
        given().when().get("/en/documents/fixture-conjugation-ja").then().statusCode(200)
                .body(containsString("This document is not available in English."))
                .body(containsString("lang=\"ja\">活用形の試験用文書"));
    }

    @Test
    void markdownWithScriptsIsRenderedInert() {
        given().when().get("/en/documents/fixture-unsafe-markdown").then().statusCode(200)
                .body(allOf(not(containsString("<script>alert")), not(containsString("href=\"javascript:")),
                        not(containsString("<img src=x"))))
                .body(containsString("&lt;script&gt;"));
    }

    @Test
    void anUnknownDocumentIsAFriendlyNotFoundPage() {
        given().when().get("/ja/documents/no-such-document").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"ja\">"))
                .body(containsString("ページが見つかりません"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aSearchPageWithNonsenseFiltersExplainsInsteadOfFailing() {
        given().when().get("/en/search?type=bogus&page=-4&issuedFrom=yesterday").then().statusCode(200)
                .body(containsString("were not understood"));
    }

    static Stream<String> oddQueries() {
        return Stream.of("\"unbalanced", "-", "|||", "((", "🙂", "\u0001 control", "the of and", "x".repeat(1001),
                "強制労働".repeat(250), "<script>alert(1)</script>");
    }

    @ParameterizedTest
    @MethodSource("oddQueries")
    void anOddQueryOnTheSearchPageNeverFailsTheServer(String q) {
        String page = given().queryParam("q", q).when().get("/ja/search").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 400)).extract().asString();
        org.assertj.core.api.Assertions.assertThat(page).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void theStylesheetIsServedFromThePortalItself() {
        RestAssured.given().when().get("/css/portal.css").then().statusCode(200)
                .contentType(containsString("text/css"));
    }

    @Test
    void theSearchPageHasLabelledControls() {
        given().when().get("/en/search?q=labor").then().statusCode(200)
                .body(containsString("<label for=\"q\">"))
                .body(containsString("<label for=\"sort\">"))
                .body(containsString("aria-label=\"Main\""));
    }

    @Test
    void anEmptySearchSaysNothingMatched() {
        given().when().get("/en/search?q=qwertyuiopasdfgh").then().statusCode(200)
                .body(containsString("No documents match"))
                .body(containsString("0 documents"));
    }

    @Test
    void aJapaneseResultCountReadsNaturally() {
        given().when().get("/ja/search?q=zorblefax").then().statusCode(200).body(containsString("1件"));
    }

    @Test
    void anUnknownLanguageSegmentIsNotAPage() {
        given().when().get("/fr/").then().statusCode(404);
    }

    @Test
    void theDocumentPageShowsItsOfficialSource() {
        given().when().get("/en/documents/us-uflpa").then().statusCode(200)
                .body(containsString("Official source"))
                .body(containsString("class=\"source-link\" href=\"https://"));
        given().when().get("/api/v1/documents/us-uflpa").then().body("slug", equalTo("us-uflpa"));
    }
}
