package jpus.taskforce.portal.attachment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.Indexing;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/** Attaching files to drafts, finding documents by their attachments' text, downloading them. */
@QuarkusTest
class AttachmentsApiTest {

    @Inject
    Indexing indexing;

    @Test
    void aPhraseInsideAnAttachmentFindsTheDocumentAndNamesTheFile() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        upload(slug, "english.pdf", "Audit findings 2026.pdf").statusCode(201);
        publish(slug, "JP");
        indexing.awaitIndexed();
        Tokens.as("anonymous").get("/api/v1/documents?q=\"prevention of forced labor\" Quorvex").then()
                .statusCode(200)
                .body("hits.find { it.slug == '" + slug + "' }.attachment.fileName", equalTo("Audit findings 2026.pdf"))
                .body("hits.find { it.slug == '" + slug + "' }.attachment.snippet", containsString("<mark>"));
    }

    @Test
    void aJapanesePhraseInsideADocxFindsTheDocument() {
        String slug = Documents.at(Stage.DRAFT, "US", "public");
        upload(slug, "bilingual.docx", "briefing.docx").statusCode(201);
        publish(slug, "US");
        indexing.awaitIndexed();
        Tokens.as("anonymous").get("/api/v1/documents?q=児童労働の防止に関するガイドライン Quorvex").then()
                .statusCode(200)
                .body("hits.slug", hasItem(slug));
    }

    @Test
    void aDownloadHasTheCheckedTypeAndTheFileName() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        String url = upload(slug, "japanese.pdf", "報告書.pdf").statusCode(201).extract().path("url");
        publish(slug, "JP");
        Tokens.as("anonymous").get(url).then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment;"))
                .header("Content-Disposition", containsString("filename*=UTF-8''%E5%A0%B1%E5%91%8A%E6%9B%B8.pdf"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aPendingAttachmentIsSeenByStaffOnly() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        String url = upload(slug, "notes.txt", "notes.txt").statusCode(201).extract().path("url");
        Tokens.as("anonymous").get(url).then().statusCode(404);
        Tokens.as(KeycloakServer.PARTNER_MEMBER).get(url).then().statusCode(404);
        Tokens.as(KeycloakServer.USTR_EDITOR).get(url).then().statusCode(404);
        Tokens.as(KeycloakServer.METI_REVIEWER).get(url).then().statusCode(200);
    }

    @Test
    void aRestrictedDocumentsAttachmentIsNotServedToOutsiders() {
        String slug = Documents.at(Stage.DRAFT, "JP", "restricted");
        String url = upload(slug, "notes.txt", "notes.txt").statusCode(201).extract().path("url");
        publish(slug, "JP");
        Tokens.as("anonymous").get(url).then().statusCode(404);
        Tokens.as(KeycloakServer.PARTNER_READER).get(url).then().statusCode(404);
        Tokens.as(KeycloakServer.PARTNER_MEMBER).get(url).then().statusCode(200);
    }

    @Test
    void anEmptyFileIsRefused() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/octet-stream").body(new byte[0])
                .post("/api/v1/documents/{slug}/attachments?name=empty.pdf", slug).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].reason", equalTo("empty"));
    }

    @Test
    void aRenamedExecutableIsRefused() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        upload(slug, "executable.pdf", "report.pdf").statusCode(422)
                .body("errors[0].reason", equalTo("unsupported_type"));
    }

    @Test
    void aPdfWithJavaScriptIsRefused() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        upload(slug, "javascript-open-action.pdf", "report.pdf").statusCode(422)
                .body("errors[0].reason", equalTo("active_content"));
    }

    @Test
    void aZipBombIsRefusedWithoutHarm() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        upload(slug, "zip-bomb.docx", "minutes.docx").statusCode(422)
                .body("errors[0].reason", equalTo("too_complex"));
    }

    @Test
    void aFileOverTheLimitIsContentTooLarge() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/pdf").body(big)
                .post("/api/v1/documents/{slug}/attachments?name=big.pdf", slug).then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void aHostileFileNameIsSanitised() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        upload(slug, "notes.txt", "../../etc/<script>passwd").statusCode(201)
                .body("fileName", not(containsString("/")))
                .body("fileName", not(containsString("<")))
                .body("fileName", containsString(".txt"));
    }

    @Test
    void attachingNeedsADraftAndTheRightToEditIt() {
        String published = Documents.at(Stage.PUBLISHED, "JP", "public");
        upload(published, "notes.txt", "notes.txt").statusCode(409);
        String draft = Documents.at(Stage.DRAFT, "JP", "public");
        Tokens.as(KeycloakServer.USTR_EDITOR).contentType("text/plain").body(fixture("notes.txt"))
                .post("/api/v1/documents/{slug}/attachments?name=notes.txt", draft).then().statusCode(404);
        Tokens.as("anonymous").contentType("text/plain").body(fixture("notes.txt"))
                .post("/api/v1/documents/{slug}/attachments?name=notes.txt", draft).then().statusCode(401);
    }

    private static ValidatableResponse upload(String slug, String fixture, String name) {
        // Documents.at names slugs after their government: test-jp-..., test-us-...
        return Tokens.as(Documents.editorOf(slug.startsWith("test-us") ? "US" : "JP"))
                .contentType("application/octet-stream")
                .body(fixture(fixture))
                .post("/api/v1/documents/{slug}/attachments?name={name}", slug, name)
                .then();
    }

    private static void publish(String slug, String government) {
        String editor = Documents.editorOf(government);
        String reviewer = Documents.reviewersOf(government).get(0);
        Tokens.as(editor).contentType("application/json").body("{\"changeNote\": \"With its file.\"}")
                .post("/api/v1/documents/{slug}/submit", slug).then().statusCode(200);
        Tokens.as(reviewer).contentType("application/json")
                .post("/api/v1/documents/{slug}/approve", slug).then().statusCode(200);
        Tokens.as(reviewer).contentType("application/json")
                .post("/api/v1/documents/{slug}/publish", slug).then().statusCode(200);
    }

    static byte[] fixture(String name) {
        try (InputStream in = AttachmentsApiTest.class.getResourceAsStream("/attachments/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
