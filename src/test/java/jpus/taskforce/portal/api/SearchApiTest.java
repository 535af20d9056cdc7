package jpus.taskforce.portal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import jpus.taskforce.portal.testsupport.Indexing;

/** Search through {@code GET /api/v1/documents}, as a partner system or the pages use it. */
@QuarkusTest
class SearchApiTest {

    @Inject
    Indexing indexing;

    @BeforeEach
    void indexIsUpToDate() {
        indexing.awaitIndexed();
    }

    private static JsonPath search(Map<String, ?> params) {
        return given().queryParams(params).when().get("/api/v1/documents")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void forcedLaborFindsDocumentsOfBothGovernments() {
        JsonPath result = search(Map.of("q", "forced labor", "size", 100));
        assertThat(result.getInt("total")).isGreaterThan(5);
        assertThat(result.getList("hits.government", String.class)).contains("JP", "US");
    }

    @Test
    void aJapaneseQueryFindsJapaneseDocuments() {
        JsonPath result = search(Map.of("q", "強制労働", "lang", "ja", "size", 100));
        assertThat(result.getInt("total")).isGreaterThan(5);
        assertThat(result.getList("hits.government", String.class)).contains("JP", "US");
    }

    @Test
    void anEnglishQueryFindsAWordThroughItsStem() {
        // The fixture says "preventing zorblefax"; the query says "prevent".
        JsonPath result = search(Map.of("q", "prevent zorblefax"));
        assertThat(result.getInt("allWordsTotal")).isEqualTo(1);
        assertThat(result.getList("hits.slug").get(0)).isEqualTo("fixture-stemming-en");
    }

    @Test
    void aJapaneseConjugatedFormFindsItsBaseForm() {
        // The fixture says 預かる; the query uses the past tense 預かった.
        assertThat(search(Map.of("q", "預かった")).getList("hits.slug")).contains("fixture-conjugation-ja");
    }

    @Test
    void aPartOfAJapaneseCompoundIsFoundThroughCharacterBigrams() {
        // The user dictionary keeps 苦情処理メカニズム as one token, so only the bigram field can match a part of it.
        assertThat(search(Map.of("q", "処理メカニズム")).getList("hits.slug")).contains("fixture-conjugation-ja");
    }

    @Test
    void aSnippetHighlightsTheMatch() {
        given().queryParam("q", "zorblefax").when().get("/api/v1/documents")
                .then().statusCode(200).body("hits[0].snippet", org.hamcrest.Matchers.containsString("<mark>zorblefax</mark>"));
    }

    @Test
    void titlesComeInTheRequestedLanguage() {
        given().queryParam("q", "zorblefax").queryParam("lang", "ja").when().get("/api/v1/documents")
                .then().statusCode(200)
                .body("hits[0].title", equalTo("語幹処理の試験用文書"))
                .body("hits[0].url", equalTo("/ja/documents/fixture-stemming-en"));
    }

    @Test
    void anEmptyQueryListsEveryDocument() {
        JsonPath all = search(Map.of("size", 1));
        assertThat(all.getInt("total")).isGreaterThanOrEqualTo(15);
    }

    @Test
    void facetCountsAgreeWithTheHitsOfEachValue() {
        JsonPath result = search(Map.of("q", "labor", "size", 1));
        int total = result.getInt("total");
        for (String facet : List.of("type", "government", "agency", "topic", "language")) {
            List<Map<String, Object>> values = result.getList("facets." + facet);
            assertThat(values).as("facet %s has values", facet).isNotEmpty();
            for (Map<String, Object> value : values.subList(0, Math.min(3, values.size()))) {
                int count = ((Number) value.get("count")).intValue();
                int filtered = search(Map.of("q", "labor", facet, value.get("value"), "size", 1)).getInt("total");
                assertThat(filtered).as("%s=%s", facet, value.get("value")).isEqualTo(count).isLessThanOrEqualTo(total);
            }
        }
    }

    @Test
    void aFilterNarrowsTheResultsToItsValue() {
        int all = search(Map.of("size", 1)).getInt("total");
        JsonPath japan = search(Map.of("government", "JP", "size", 100));
        assertThat(japan.getInt("total")).isPositive().isLessThan(all);
        assertThat(japan.getList("hits.government", String.class)).containsOnly("JP");
    }

    @Test
    void valuesOfOneFacetAreAlternatives() {
        int japan = search(Map.of("government", "JP", "size", 1)).getInt("total");
        int us = search(Map.of("government", "US", "size", 1)).getInt("total");
        int both = given().queryParam("government", "JP").queryParam("government", "US").queryParam("size", 1)
                .when().get("/api/v1/documents").then().statusCode(200).extract().jsonPath().getInt("total");
        assertThat(both).isEqualTo(japan + us);
    }

    @Test
    void aSelectedFacetStillCountsItsOtherValues() {
        given().queryParam("government", "JP").when().get("/api/v1/documents").then().statusCode(200)
                .body("facets.government.value", hasItems("JP", "US"))
                .body("hits.government", everyItem(equalTo("JP")));
    }

    @Test
    void facetValuesAreLabelledInTheRequestedLanguageWhicheverWasAskedBefore() {
        for (int round = 0; round < 2; round++) {
            given().queryParam("lang", "ja").when().get("/api/v1/documents").then().statusCode(200)
                    .body("facets.government.find { it.value == 'US' }.label", equalTo("米国"))
                    .body("facets.type.find { it.value == 'law' }.label", equalTo("法律"));
            given().queryParam("lang", "en").when().get("/api/v1/documents").then().statusCode(200)
                    .body("facets.government.find { it.value == 'US' }.label", equalTo("United States"))
                    .body("facets.type.find { it.value == 'law' }.label", equalTo("Law"));
        }
    }

    @Test
    void theLanguageFilterKeepsOnlyDocumentsWrittenInThatLanguage() {
        given().queryParam("language", "en").queryParam("size", 100).when().get("/api/v1/documents").then()
                .statusCode(200).body("hits.slug", not(hasItem("fixture-conjugation-ja")));
        given().queryParam("language", "ja").queryParam("q", "預かる").when().get("/api/v1/documents").then()
                .statusCode(200).body("hits.slug", hasItem("fixture-conjugation-ja"));
    }

    @Test
    void theDateRangeKeepsDocumentsIssuedWithinIt() {
        JsonPath result = search(Map.of("issuedFrom", "2022-01-01", "issuedTo", "2022-12-31", "size", 100));
        assertThat(result.getInt("total")).isPositive();
        assertThat(result.getList("hits.issued", String.class)).allMatch(issued -> issued.startsWith("2022"));
    }

    @Test
    void paginationNeitherRepeatsNorSkips() {
        List<String> firstTen = search(Map.of("sort", "newest", "size", 10)).getList("hits.slug", String.class);
        List<String> paged = new ArrayList<>(search(Map.of("sort", "newest", "size", 5, "page", 1)).getList("hits.slug", String.class));
        paged.addAll(search(Map.of("sort", "newest", "size", 5, "page", 2)).getList("hits.slug", String.class));
        assertThat(firstTen).hasSize(10);
        assertThat(paged).isEqualTo(firstTen);
    }

    @ParameterizedTest
    @ValueSource(strings = { "newest", "relevance" })
    void aCursorWalksTheWholeResultSetWithoutRepeatingOrSkipping(String sort) {
        // International documents: other tests publish Japanese and U.S. ones, and the whole set must fit one page of 100.
        Map<String, Object> query = sort.equals("relevance")
                ? Map.of("q", "forced labor", "government", "INTL", "sort", sort, "size", 100)
                : Map.of("government", "INTL", "sort", sort, "size", 100);
        JsonPath all = search(query);
        List<String> walked = new ArrayList<>();
        Map<String, Object> page = new java.util.HashMap<>(query);
        page.put("size", 3);
        JsonPath step = search(page);
        walked.addAll(step.getList("hits.slug", String.class));
        while (step.getString("next") != null) {
            page.put("cursor", step.getString("next"));
            step = search(page);
            walked.addAll(step.getList("hits.slug", String.class));
        }
        assertThat(all.getInt("total")).as("a set that takes several pages of three and fits one of 100").isBetween(4, 100);
        assertThat(walked).isEqualTo(all.getList("hits.slug", String.class));
    }

    @Test
    void aCursorFromElsewhereIsABadRequest() {
        given().queryParam("cursor", "bm90LWEtY3Vyc29y").when().get("/api/v1/documents").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].name", equalTo("cursor"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"unbalanced quote", "-", "forced -", "|||", "((", "\"\"", "+-|*~", "🙂 forced labor 🙂",
            "\u0001\u0002 control", "AND OR NOT", "the of and", "'; drop table document; --", "{\"query\":{\"match_all\":{}}}" })
    void anOddQueryNeverFailsTheServer(String q) {
        int status = given().queryParam("q", q).when().get("/api/v1/documents").then().extract().statusCode();
        assertThat(status).as("status for %s", q).isIn(200, 400);
    }

    @Test
    void aThousandCharacterQueryIsAnsweredWithoutFailure() {
        int english = given().queryParam("q", "forced labor ".repeat(77).substring(0, 1000)).when().get("/api/v1/documents")
                .then().extract().statusCode();
        int japanese = given().queryParam("q", "強制労働".repeat(250)).when().get("/api/v1/documents")
                .then().extract().statusCode();
        assertThat(List.of(english, japanese)).allMatch(status -> status == 200 || status == 400);
    }

    @Test
    void aQueryOverTheLimitIsRefusedWithAProblem() {
        given().queryParam("q", "x".repeat(1001)).when().get("/api/v1/documents").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].name", equalTo("q"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "size=101", "size=0", "sort=bogus", "type=bogus", "government=XX", "topic=no-such-topic",
            "agency=no-such-agency", "page=0", "page=abc", "issuedFrom=2023-13-01", "lang=fr",
            "issuedFrom=2024-01-01&issuedTo=2023-01-01", "page=1000&size=100" })
    void anInvalidParameterIsAProblem(String query) {
        given().when().get("/api/v1/documents?" + query).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.size()", greaterThan(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "size=101              | size       | out-of-range",
            "page=abc              | page       | number",
            "page=0                | page       | out-of-range",
            "sort=bogus            | sort       | not-allowed",
            "topic=no-such-topic   | topic      | unknown",
            "issuedFrom=2023-13-01 | issuedFrom | date",
            "issuedFrom=2024-01-01&issuedTo=2023-01-01 | issuedTo | before-start",
            "page=1000&size=100    | page       | too-deep" })
    void eachRefusedParameterCarriesACodeAClientCanBranchOn(String query, String name, String code) {
        given().when().get("/api/v1/documents?" + query).then()
                .statusCode(400)
                .body("errors.find { it.name == '" + name + "' }.code", equalTo(code));
    }

    @Test
    void aNumberOutOfRangeGivesItsLimitsAsArguments() {
        given().queryParam("size", 0).when().get("/api/v1/documents").then()
                .statusCode(400)
                .body("errors[0].code", equalTo("out-of-range"))
                .body("errors[0].args.min", equalTo("1"))
                .body("errors[0].args.max", equalTo("100"));
    }
}
