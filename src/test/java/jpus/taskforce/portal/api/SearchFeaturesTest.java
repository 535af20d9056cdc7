package jpus.taskforce.portal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import jpus.taskforce.portal.testsupport.Indexing;

/** Search that understands both languages: cross-language retrieval, Japanese details, ranking, did you mean. */
@QuarkusTest
class SearchFeaturesTest {

    @Inject
    Indexing indexing;

    @Inject
    RestClient engine;

    @BeforeEach
    void indexIsUpToDate() {
        indexing.awaitIndexed();
    }

    private static JsonPath search(Map<String, ?> params) {
        return given().queryParams(params).when().get("/api/v1/documents").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aJapaneseTermFindsADocumentWrittenOnlyInEnglish() {
        JsonPath result = search(Map.of("q", "強制労働", "lang", "ja", "size", 100));
        assertThat(result.getList("hits.slug", String.class)).contains("fixture-english-only");
        assertThat(result.getList("hits.find { it.slug == 'fixture-english-only' }.matchedIn", String.class))
                .containsExactly("en");
    }

    @Test
    void anEnglishTermFindsADocumentWrittenOnlyInJapanese() {
        JsonPath result = search(Map.of("q", "grievance mechanism", "size", 100));
        assertThat(result.getList("hits.slug", String.class)).contains("fixture-conjugation-ja");
    }

    @Test
    void aHitLinksTheReadersLanguageWhenItExists() {
        given().queryParam("q", "zorblefax").queryParam("lang", "ja").when().get("/api/v1/documents").then()
                .statusCode(200).body("hits[0].url", equalTo("/ja/documents/fixture-stemming-en"));
    }

    @Test
    void fullWidthAndHalfWidthFormsMatchTheirOrdinaryForms() {
        assertThat(search(Map.of("q", "ＵＦＬＰＡ", "size", 1)).getInt("total"))
                .isPositive().isEqualTo(search(Map.of("q", "UFLPA", "size", 1)).getInt("total"));
        assertThat(search(Map.of("q", "ｻﾌﾟﾗｲﾁｪｰﾝ", "size", 1)).getInt("total"))
                .isPositive().isEqualTo(search(Map.of("q", "サプライチェーン", "size", 1)).getInt("total"));
    }

    @Test
    void theUserDictionaryKeepsOfficialTermsWhole() throws IOException {
        assertThat(analyze("text_ja", "人権デュー・ディリジェンスの実施と育成就労制度"))
                .contains("人権デュー・ディリジェンス", "育成就労");
    }

    @Test
    void searchTimeAnalysisFoldsWidthsLikeIndexing() throws IOException {
        assertThat(analyze("text_en", "ＵＦＬＰＡ")).containsExactly("uflpa");
        assertThat(analyze("text_ja", "ｶﾀｶﾅ")).containsExactly("カタカナ");
    }

    @Test
    void aDocumentInForceRanksAboveASupersededOneThatMatchesMore() {
        assertThat(search(Map.of("q", "qwzlxq")).getList("hits.slug", String.class))
                .containsExactly("fixture-ranking-in-force", "fixture-ranking-superseded");
    }

    @Test
    void anExactPhraseRanksAboveTheSameWordsScattered() {
        assertThat(search(Map.of("q", "blorp zindle")).getList("hits.slug", String.class))
                .containsExactly("fixture-phrase-b-exact", "fixture-phrase-a-scattered");
    }

    @Test
    void aCitationFindsItsInstrumentFirst() {
        assertThat(search(Map.of("q", "19 U.S.C. 1307")).getList("hits.slug", String.class))
                .first().isEqualTo("us-tariff-act-section-307");
        assertThat(search(Map.of("q", "1307")).getList("hits.slug", String.class))
                .first().isEqualTo("us-tariff-act-section-307");
        assertThat(search(Map.of("q", "昭和22年法律第49号", "lang", "ja")).getList("hits.slug", String.class).subList(0, 2))
                .containsExactlyInAnyOrder("japan-labor-standards-act-forced-labor", "japan-labor-standards-act-minors");
    }

    @Test
    void aTypoThatFindsNothingIsCorrected() {
        given().queryParam("q", "forced labr").when().get("/api/v1/documents").then().statusCode(200)
                .body("suggestion", equalTo("forced labor"))
                .body("suggestionApplied", equalTo(true))
                .body("total", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void aQueryThatFindsDocumentsCarriesNoSuggestion() {
        given().queryParam("q", "forced labor").when().get("/api/v1/documents").then().statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("suggestion")));
    }

    @Test
    void relatedDocumentsShareTheSubject() {
        List<String> related = given().when().get("/api/v1/documents/us-uflpa/related").then().statusCode(200)
                .extract().jsonPath().getList("hits.slug", String.class);
        assertThat(related).isNotEmpty().doesNotContain("us-uflpa")
                .containsAnyOf("uflpa-strategy", "uflpa-entity-list", "cbp-uflpa-operational-guidance-importers");
    }

    @Test
    void relatedDocumentsOfAnUnknownSlugAreNotFound() {
        given().when().get("/api/v1/documents/no-such-document/related").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theDocumentPageShowsRelatedDocuments() {
        given().when().get("/en/documents/us-uflpa").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Related documents"));
    }

    @Test
    void theSearchPageOffersTheCorrection() {
        given().queryParam("q", "forced labr").when().get("/en/search").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Showing results for:"))
                .body(org.hamcrest.Matchers.containsString(">forced labor</a>"));
    }

    @Test
    void britishAndAmericanSpellingsFindTheSameDocuments() {
        assertThat(search(Map.of("q", "labour organisation", "size", 100)).getList("hits.slug"))
                .isNotEmpty().isEqualTo(search(Map.of("q", "labor organization", "size", 100)).getList("hits.slug"));
    }

    @Test
    void whenFewDocumentsContainAllTheWordsThoseWithSomeOfThemFollow() {
        JsonPath result = search(Map.of("q", "児童福祉法 禁止行為", "lang", "ja", "size", 20));
        int allWords = result.getInt("allWordsTotal");
        List<Boolean> marks = result.getList("hits.matchesAllWords", Boolean.class);
        assertThat(allWords).isBetween(1, 4);
        assertThat(result.getList("hits.slug", String.class).get(0)).isEqualTo("japan-child-welfare-act-prohibited-acts");
        assertThat(marks.subList(0, allWords)).containsOnly(true);
        assertThat(marks.subList(allWords, marks.size())).isNotEmpty().containsOnly(false);
        assertThat(result.getLong("total")).isGreaterThan(allWords);
    }

    @Test
    void widenedResultsKeepTheirOrderThroughTheCursor() {
        JsonPath whole = search(Map.of("q", "児童福祉法 禁止行為", "lang", "ja", "size", 6));
        JsonPath first = search(Map.of("q", "児童福祉法 禁止行為", "lang", "ja", "size", 3));
        JsonPath second = search(Map.of("q", "児童福祉法 禁止行為", "lang", "ja", "size", 3, "cursor", first.getString("next")));
        assertThat(second.getList("hits.slug", String.class)).isEqualTo(whole.getList("hits.slug", String.class).subList(3, 6));
        assertThat(second.getList("hits.matchesAllWords", Boolean.class)).containsOnly(false);
    }

    @Test
    void resultsWithManyCompleteMatchesOrInDateOrderAreNotWidened() {
        assertThat(search(Map.of("q", "forced labor")).getMap("$")).doesNotContainKey("allWordsTotal");
        assertThat(search(Map.of("q", "児童福祉法 禁止行為", "sort", "newest")).getMap("$")).doesNotContainKey("allWordsTotal");
        assertThat(search(Map.of("q", "児童福祉法")).getList("hits.matchesAllWords")).containsOnlyNulls();
    }

    @Test
    void theSearchPageShowsWhereTheCompleteMatchesEnd() {
        given().queryParam("q", "児童福祉法 禁止行為").when().get("/ja/search").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("語句の一部を含む文書"))
                .body(org.hamcrest.Matchers.containsString("すべての語句を含む文書は"));
        given().queryParam("q", "児童福祉法 禁止行為").when().get("/en/search").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Documents with some of your words"));
    }

    private List<String> analyze(String analyzer, String text) throws IOException {
        Request request = new Request("POST", "/document-read/_analyze");
        request.setJsonEntity("{\"analyzer\":\"" + analyzer + "\",\"text\":\"" + text + "\"}");
        String body = EntityUtils.toString(engine.performRequest(request).getEntity());
        return JsonPath.from(body).getList("tokens.token", String.class);
    }

    @Test
    void theSuggestionsApiIsUsedByTheSearchBoxes() {
        given().when().get("/en/").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("src=\"/js/suggest.js\""))
                .body(org.hamcrest.Matchers.containsString("data-suggest"));
        given().when().get("/js/suggest.js").then().statusCode(200).body(org.hamcrest.Matchers.containsString("/api/v1/suggest"));
    }

    @Test
    void suggestionsCompleteJapanesePrefixes() {
        given().queryParam("q", "強制").queryParam("lang", "ja").when().get("/api/v1/suggest").then().statusCode(200)
                .body("suggestions.findAll { it.kind == 'term' }.text", hasItem("強制労働"));
    }

    @Test
    void suggestionsCompleteEnglishPrefixesWithTermsTopicsAndDocuments() {
        JsonPath result = given().queryParam("q", "griev").when().get("/api/v1/suggest").then().statusCode(200)
                .extract().jsonPath();
        assertThat(result.getList("suggestions.findAll { it.kind == 'term' }.text", String.class)).contains("grievance mechanism");
        assertThat(result.getList("suggestions.findAll { it.kind == 'topic' }.slug", String.class)).contains("grievance-mechanisms");
        assertThat(given().queryParam("q", "uyghur forced").when().get("/api/v1/suggest").then().statusCode(200)
                .extract().jsonPath().getList("suggestions.findAll { it.kind == 'document' }.slug", String.class))
                .contains("us-uflpa");
    }

    @Test
    void aTooLongPrefixIsAProblemAndAnEmptyOneSuggestsNothing() {
        given().queryParam("q", "x".repeat(101)).when().get("/api/v1/suggest").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("q", "").when().get("/api/v1/suggest").then().statusCode(200)
                .body("suggestions.size()", equalTo(0));
    }
}
