package jpus.taskforce.portal.publishing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.StaffSession;
import jpus.taskforce.portal.testsupport.Tokens;

/** The terminology check warns the editor on save and on submit, in the API and on the draft page, and stops nothing. */
@QuarkusTest
class TerminologyWarningsTest {

    @Test
    void aJapaneseVersionWithoutTheGlossaryTermIsWarnedAboutOnSaveAndOnSubmit() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        Map<String, Object> document = Documents.body(slug, "JP", "public", "Quorvex");
        document.put("versions", Map.of(
                "en", Map.of("title", "Test guidance on a grievance mechanism", "summary", "A test document.",
                        "body", "Companies set up a grievance mechanism for workers."),
                "ja", Map.of("title", "試験用の手引", "summary", "試験用の文書です。",
                        "body", "企業は、労働者のための苦情処理の仕組みを設ける。")));
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json").body(document)
                .put("/api/v1/documents/{slug}", slug).then()
                .statusCode(200)
                .body("warnings.find { it.expected == '苦情処理メカニズム' }.language", equalTo("ja"))
                .body("warnings.find { it.expected == '苦情処理メカニズム' }.found", equalTo(List.of("苦情処理の仕組み")))
                .body("warnings.message", hasItem("the English uses \"grievance mechanism\"; the Japanese does not contain "
                        + "苦情処理メカニズム (found: 苦情処理の仕組み)"));
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json").body(Map.of("changeNote", "Ready."))
                .post("/api/v1/documents/{slug}/submit", slug).then()
                .statusCode(200)
                .body("state", equalTo("in-review"))
                .body("warnings.expected", hasItem("苦情処理メカニズム"));
        StaffSession.signIn(KeycloakServer.METI_EDITOR).request().get("/ja/staff/documents/" + slug).then()
                .statusCode(200)
                .body(containsString("英語版は “grievance mechanism” を用いていますが、日本語版に「苦情処理メカニズム」がありません"
                        + "（使われている表現：苦情処理の仕組み）。"));
    }
}
