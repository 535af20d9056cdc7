package jpus.taskforce.portal.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Reading documents and vocabularies through the API. */
@QuarkusTest
class DocumentApiTest {

    @Test
    void aDocumentComesWithBothLanguageVersions() {
        given().when().get("/api/v1/documents/us-uflpa").then()
                .statusCode(200)
                .body("slug", equalTo("us-uflpa"))
                .body("type", equalTo("law"))
                .body("government", equalTo("US"))
                .body("status", equalTo("in-force"))
                .body("binding", equalTo(true))
                .body("sourceUrl", containsString("https://"))
                .body("versions.en.title", notNullValue())
                .body("versions.ja.title", notNullValue())
                .body("versions.ja.html", notNullValue());
    }

    @Test
    void aSingleLanguageDocumentSaysWhy() {
        given().when().get("/api/v1/documents/fixture-conjugation-ja").then()
                .statusCode(200)
                .body("languages", equalTo(java.util.List.of("ja")))
                .body("versions.en", nullValue())
                .body("singleLanguageReason", notNullValue());
    }

    @Test
    void anUnknownSlugIsANotFoundProblem() {
        given().when().get("/api/v1/documents/no-such-document").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }

    @Test
    void unsafeMarkdownIsRenderedInert() {
        given().when().get("/api/v1/documents/fixture-unsafe-markdown").then()
                .statusCode(200)
                .body("versions.en.html", org.hamcrest.Matchers.not(containsString("<script")))
                .body("versions.en.html", org.hamcrest.Matchers.not(containsString("href=\"javascript:")));
    }

    @Test
    void topicsCarryLabelsInBothLanguagesAndCounts() {
        given().when().get("/api/v1/topics").then()
                .statusCode(200)
                .body("id", hasItem("forced-labor"))
                .body("find { it.id == 'forced-labor' }.labels.ja", equalTo("強制労働"))
                .body("find { it.id == 'forced-labor' }.count", greaterThan(0));
    }

    @Test
    void theGlossaryPairsEnglishAndJapaneseTerms() {
        given().when().get("/api/v1/glossary").then()
                .statusCode(200)
                .body("find { it.en == 'forced labor' }.ja", equalTo("強制労働"));
    }

    @Test
    void anUnknownApiPathIsANotFoundProblem() {
        given().when().get("/api/v1/nothing-here").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/documents"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/documents/{slug}"));
    }
}
