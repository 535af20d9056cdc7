package jpus.taskforce.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.Indexing;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.StaffSession;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * The staff pages and the reader's history, through HTTP as a browser without JavaScript uses
 * them: signed in with Keycloak's real login form (the authorization code flow), forms posted with
 * their CSRF token.
 */
@QuarkusTest
class StaffPagesTest {

    private static final Map<String, StaffSession> SESSIONS = new ConcurrentHashMap<>();

    @Inject
    Indexing indexing;

    private static StaffSession as(String user) {
        return SESSIONS.computeIfAbsent(user, StaffSession::signIn);
    }

    // ---- signing in ----

    @Test
    void anAnonymousVisitorToTheWorkspaceIsSentToKeycloakWithPkce() {
        String location = given().redirects().follow(false).get("/en/staff").then()
                .statusCode(302).extract().header("Location");
        assertThat(location).startsWith(KeycloakServer.shared().realmUrl() + "/protocol/openid-connect/auth")
                .contains("code_challenge=").contains("code_challenge_method=S256");
    }

    @Test
    void theSignInAddressLeadsToTheWorkspaceWhenKeycloakHasTheForm() {
        given().redirects().follow(false).get("/sign-in?lang=ja").then()
                .statusCode(303).header("Location", endsWith("/ja/staff"));
    }

    @Test
    void anonymousReadersSeeASignInLinkAndNobodysName() {
        given().get("/en/").then().statusCode(200)
                .body(containsString("<a href=\"/sign-in?lang=en\">Sign in</a>"))
                .body(not(containsString("Signed in as")))
                .body(not(containsString("action=\"/sign-out\"")));
    }

    @Test
    void aSignedInEditorSeesTheirNameAndASignOutFormOnPublicPages() {
        as(KeycloakServer.METI_EDITOR).request().get("/ja/").then().statusCode(200)
                .body(containsString("meti-editor でログイン中"))
                .body(containsString("action=\"/sign-out\""))
                .header("Cache-Control", containsString("no-store"));
    }

    @Test
    void signingOutEndsTheSessionAtKeycloak() {
        StaffSession session = StaffSession.signIn(KeycloakServer.METI_EDITOR);
        String location = session.form("/en/").formParam("lang", "en").post("/sign-out").then()
                .statusCode(302).extract().header("Location");
        assertThat(location).startsWith(KeycloakServer.shared().realmUrl() + "/protocol/openid-connect/logout");
    }

    // ---- CSRF ----

    @Test
    void aFormPostedWithoutItsTokenIsRefusedWithAFriendlyPage() {
        as(KeycloakServer.METI_EDITOR).request().contentType("application/x-www-form-urlencoded")
                .formParam("slug", "no-token-document").post("/en/staff/new").then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("The form has expired"));
    }

    @Test
    void aSignOutWithoutTheTokenIsRefused() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("lang", "en")
                .post("/sign-out").then()
                .statusCode(400)
                .body(containsString("The form has expired"));
    }

    // ---- the workspace ----

    @Test
    void editorsAreOfferedANewDocumentAndReviewersAreNot() {
        as(KeycloakServer.METI_EDITOR).request().get("/en/staff").then().statusCode(200)
                .body(containsString("href=\"/en/staff/new\""));
        as(KeycloakServer.METI_REVIEWER).request().get("/en/staff").then().statusCode(200)
                .body(not(containsString("href=\"/en/staff/new\"")));
    }

    @Test
    void theOtherGovernmentsEditorDoesNotSeeADraftInTheWorkspace() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        as(KeycloakServer.METI_EDITOR).request().get("/en/staff").then().body(containsString(slug));
        as(KeycloakServer.USTR_EDITOR).request().get("/en/staff").then().statusCode(200).body(not(containsString(slug)));
    }

    @Test
    void onlyAdministratorsOpenTheAuditLog() {
        as(KeycloakServer.ADMIN).request().get("/en/staff/audit").then().statusCode(200)
                .body(containsString("<h1>Audit log</h1>"));
        as(KeycloakServer.METI_EDITOR).request().get("/ja/staff/audit").then().statusCode(403)
                .body(containsString("このページを表示する権限がありません"));
    }

    @Test
    void reviewersCannotOpenTheEditorForm() {
        as(KeycloakServer.METI_REVIEWER).request().get("/en/staff/new").then().statusCode(403)
                .body(containsString("You cannot open this page"));
    }

    // ---- the editor form ----

    @Test
    void aRefusedFormComesBackAsTypedWithEachProblemNextToItsField() {
        StaffSession editor = as(KeycloakServer.METI_EDITOR);
        editor.form("/en/staff/new")
                .formParam("slug", Documents.newSlug("form"))
                .formParam("enSummary", "Summary typed & kept")
                .formParam("issued", "next spring")
                .post("/en/staff/new").then()
                .statusCode(422)
                .body(containsString("Summary typed &amp; kept"))
                .body(containsString("id=\"f-versions-en-title-error\""))
                .body(containsString("aria-describedby=\"f-issued-hint f-issued-error\""))
                .body(containsString("Enter a date as YYYY-MM-DD, YYYY-MM or YYYY."))
                .body(containsString("href=\"#f-topics\""));
    }

    @Test
    void aJapaneseFormExplainsItsProblemsInJapanese() {
        as(KeycloakServer.METI_EDITOR).form("/ja/staff/new")
                .formParam("slug", "Not A Slug")
                .post("/ja/staff/new").then()
                .statusCode(422)
                .body(containsString("半角英小文字、数字及びハイフンで3～80文字で入力してください"))
                .body(containsString("テーマ：一覧からテーマを1つ以上選択してください。"));
    }

    @Test
    void previewShowsTheBodyRenderedAndSavesNothing() {
        String slug = Documents.newSlug("preview");
        StaffSession editor = as(KeycloakServer.METI_EDITOR);
        editor.form("/en/staff/new").formParam("slug", slug)
                .formParam("enBody", "## Findings\n\n<script>alert(1)</script>")
                .formParam("action", "preview")
                .post("/en/staff/new").then()
                .statusCode(200)
                .body(containsString("<h2>Findings</h2>"))
                .body(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert"))));
        editor.request().get("/en/staff/documents/" + slug).then().statusCode(404);
    }

    @Test
    void savingANewDocumentStartsADraftAndShowsIt() {
        String slug = Documents.newSlug("saved");
        StaffSession editor = as(KeycloakServer.METI_EDITOR);
        String location = valid(editor.form("/en/staff/new"), slug, "Saved").post("/en/staff/new").then()
                .statusCode(303).extract().header("Location");
        assertThat(location).endsWith("/en/staff/documents/" + slug + "?done=saved");
        editor.request().get("/en/staff/documents/" + slug + "?done=saved").then().statusCode(200)
                .body(containsString("The draft is saved."))
                .body(containsString("<span class=\"state\">Draft</span>"));
    }

    @Test
    void aTakenSlugIsReportedAtTheSlugField() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        valid(as(KeycloakServer.METI_EDITOR).form("/en/staff/new"), slug, "Taken").post("/en/staff/new").then()
                .statusCode(409)
                .body(containsString("id=\"f-slug-error\""))
                .body(containsString("This slug is already taken"));
    }

    @Test
    void editingAPublishedDocumentShowsTheChangeAgainstWhatReadersSee() {
        String slug = Documents.at(Stage.PUBLISHED, "JP", "public");
        StaffSession editor = as(KeycloakServer.METI_EDITOR);
        String form = editor.request().get("/en/staff/documents/" + slug + "/edit").then().statusCode(200)
                .extract().asString();
        assertThat(form).contains("Companies that source Quorvex should map their suppliers.");
        valid(editor.form("/en/staff/documents/" + slug + "/edit"), null, "Quorvex",
                "Companies that source Quorvex must map every supplier.\n\nSecond paragraph.")
                .formParam("changeNote", "Stronger wording.")
                .post("/en/staff/documents/" + slug + "/edit").then().statusCode(303);
        editor.request().get("/en/staff/documents/" + slug).then().statusCode(200)
                .body(containsString("</span>Companies that source Quorvex must map every supplier.</ins>"))
                .body(containsString("</span>Companies that source Quorvex should map their suppliers.</del>"));
    }

    @Test
    void theEditorFormCarriesEveryFieldSoThatSavingKeepsProvenanceTagsAndReviewDate() {
        // An editorial note from content/: its provenance, places and review date are on the form as they are.
        as(KeycloakServer.METI_EDITOR).request().get("/en/staff/documents/bp-audits-and-their-limits/edit").then()
                .statusCode(200)
                .body(containsString("<option value=\"editorial\" selected>Editorial note</option>"))
                .body(containsString("id=\"f-regions-CN-XJ\" name=\"regions\" value=\"CN-XJ\" checked"))
                .body(containsString("id=\"f-reviewed\" name=\"reviewed\" type=\"text\" value=\"2026-11-27\""));
        as(KeycloakServer.METI_EDITOR).request().get("/ja/staff/documents/bp-audits-and-their-limits/edit").then()
                .statusCode(200)
                .body(containsString("対象となる国・地域"))
                .body(containsString("公式情報源との最終確認日"));
    }

    // ---- workflow steps on the draft page ----

    @Test
    void theDraftPageOffersEachPersonOnlyTheStepsTheyMayTake() {
        String slug = Documents.at(Stage.IN_REVIEW, "JP", "public");
        as(KeycloakServer.METI_REVIEWER).request().get("/en/staff/documents/" + slug).then().statusCode(200)
                .body(containsString("action=\"/en/staff/documents/" + slug + "/approve\""));
        as(KeycloakServer.METI_EDITOR).request().get("/en/staff/documents/" + slug).then().statusCode(200)
                .body(not(containsString("/approve\"")))
                .body(not(containsString("/submit\"")));
    }

    @Test
    void aRefusedStepComesBackAsTheDraftPageWithTheReason() {
        String slug = Documents.at(Stage.IN_REVIEW, "JP", "public");
        as(KeycloakServer.METI_EDITOR).form("/en/staff/documents/" + slug)
                .post("/en/staff/documents/" + slug + "/approve").then()
                .statusCode(403)
                .body(containsString("Only reviewers approve publications."))
                .body(containsString("<span class=\"state\">In review</span>"));
    }

    @Test
    void submittingThroughThePagePutsTheDraftInReview() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        StaffSession editor = as(KeycloakServer.METI_EDITOR);
        editor.form("/en/staff/documents/" + slug).formParam("changeNote", "Ready.")
                .post("/en/staff/documents/" + slug + "/submit").then()
                .statusCode(303).header("Location", endsWith("?done=submitted"));
        editor.request().get("/ja/staff/documents/" + slug).then()
                .body(containsString("<span class=\"state\">審査中</span>"));
    }

    @Test
    void approvingAndPublishingThroughThePageMakesTheDocumentPublic() {
        String slug = Documents.at(Stage.IN_REVIEW, "JP", "public");
        StaffSession reviewer = as(KeycloakServer.METI_REVIEWER);
        reviewer.form("/en/staff/documents/" + slug).post("/en/staff/documents/" + slug + "/approve").then()
                .statusCode(303);
        reviewer.form("/en/staff/documents/" + slug).post("/en/staff/documents/" + slug + "/publish").then()
                .statusCode(303).header("Location", endsWith("?done=published"));
        given().get("/en/documents/" + slug).then().statusCode(200);
    }

    @Test
    void aReviewerSendsADraftBackThroughThePageAndItsEditorReadsWhy() {
        String slug = Documents.at(Stage.IN_REVIEW, "JP", "public");
        StaffSession reviewer = as(KeycloakServer.METI_REVIEWER);
        reviewer.request().get("/en/staff/documents/" + slug).then()
                .body(containsString("action=\"/en/staff/documents/" + slug + "/return\""));
        reviewer.form("/en/staff/documents/" + slug).formParam("remark", "Cite the <b>2023</b> edition.")
                .post("/en/staff/documents/" + slug + "/return").then()
                .statusCode(303).header("Location", endsWith("?done=returned"));
        as(KeycloakServer.METI_EDITOR).request().get("/ja/staff/documents/" + slug).then()
                .body(containsString("<span class=\"state\">下書き</span>"))
                .body(containsString("Cite the &lt;b&gt;2023&lt;/b&gt; edition."))
                .body(containsString("このコメントを付して差し戻し"))
                .body(containsString("差戻し（meti-reviewer、"));
    }

    @Test
    void aRemarkWithoutTextIsRefusedAtItsField() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        as(KeycloakServer.METI_EDITOR).form("/en/staff/documents/" + slug).formParam("text", "")
                .post("/en/staff/documents/" + slug + "/remarks").then()
                .statusCode(422)
                .body(containsString("id=\"f-text-error\""));
    }

    @Test
    void editorsAreNotOfferedToPublishTheirOwnApprovedDraft() {
        String slug = Documents.at(Stage.APPROVED, "JP", "public");
        as(KeycloakServer.METI_EDITOR).request().get("/en/staff/documents/" + slug).then()
                .statusCode(200)
                .body(not(containsString("/publish\"")));
        as(KeycloakServer.METI_REVIEWER).request().get("/en/staff/documents/" + slug).then()
                .body(containsString("action=\"/en/staff/documents/" + slug + "/publish\""));
    }

    @Test
    void aScheduleInThePastIsRefusedAtTheTimeField() {
        String slug = Documents.at(Stage.APPROVED, "JP", "public");
        as(KeycloakServer.METI_REVIEWER).form("/en/staff/documents/" + slug)
                .formParam("publishAt", "2020-01-06T09:00").formParam("publishZone", "Asia/Tokyo")
                .post("/en/staff/documents/" + slug + "/schedule").then()
                .statusCode(422)
                .body(containsString("id=\"f-publishAt-error\""))
                .body(containsString("Choose a time in the future."));
    }

    @Test
    void aFileUploadedOnTheDraftPageIsListedWithItsDownloadLink() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        StaffSession editor = as(KeycloakServer.METI_EDITOR);
        upload(editor, slug, "english.pdf", "Audit findings.pdf").then()
                .statusCode(303).header("Location", endsWith("?done=attached"));
        editor.request().get("/en/staff/documents/" + slug).then()
                .body(containsString(">Audit findings.pdf</a>"))
                .body(containsString("href=\"/en/documents/" + slug + "/attachments/"));
    }

    @Test
    void aFileOfAnotherTypeIsRefusedWithAFriendlyMessage() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        upload(as(KeycloakServer.METI_EDITOR), slug, "page.html", "report.pdf").then()
                .statusCode(422)
                .body(containsString("Only PDF, Word (.docx) and plain-text files can be attached"))
                .body(containsString("aria-invalid=\"true\""));
    }

    // ---- history and files for readers ----

    @Test
    void theDocumentPageListsRevisionsWithLinksToWhatChanged() {
        String slug = Documents.at(Stage.PUBLISHED, "JP", "public");
        publishChange(slug, "Companies that source Quorvex must map every supplier.");
        String page = given().get("/en/documents/" + slug).then().statusCode(200).extract().asString();
        assertThat(page).contains("<h2 id=\"history-heading\">History</h2>")
                .contains("Stronger wording.")
                .contains("href=\"/en/documents/" + slug + "/revisions/1/diff/2\"");
        given().get("/en/documents/" + slug + "/revisions/1/diff/2").then().statusCode(200)
                .body(containsString("Changes from revision 1 to revision 2"))
                .body(containsString("</span>Companies that source Quorvex must map every supplier.</ins>"));
    }

    @Test
    void theHistoryOfARestrictedDocumentIsNotFoundForOutsiders() {
        String slug = Documents.at(Stage.PUBLISHED, "JP", "restricted");
        given().get("/en/documents/" + slug + "/revisions/1/diff/1").then().statusCode(404)
                .body(containsString("Page not found"));
        as(KeycloakServer.MEMBER).request().get("/en/documents/" + slug + "/revisions/1/diff/1").then().statusCode(200);
    }

    @Test
    void aRestrictedDocumentsFileIsServedOnThePagesToASignedInMemberOnly() {
        String slug = Documents.at(Stage.DRAFT, "JP", "restricted");
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/octet-stream").body(fixture("notes.txt"))
                .post("/api/v1/documents/{slug}/attachments?name=notes.txt", slug).then().statusCode(201);
        publishDraft(slug, "With its file.");
        String page = as(KeycloakServer.MEMBER).request().get("/en/documents/" + slug).then().statusCode(200)
                .extract().asString();
        Matcher link = Pattern.compile("href=\"(/en/documents/" + slug + "/attachments/\\d+)\"").matcher(page);
        assertThat(link.find()).as("download link on the document page").isTrue();
        given().get(link.group(1)).then().statusCode(404);
        as(KeycloakServer.MEMBER).request().get(link.group(1)).then().statusCode(200)
                .header("Content-Disposition", containsString("notes.txt"));
    }

    // ---- helpers ----

    /** A complete, valid form for a METI document; a null slug is left out (editing). */
    private static RequestSpecification valid(RequestSpecification form, String slug, String marker) {
        return valid(form, slug, marker, "Companies that source " + marker + " should map their suppliers.\n\nSecond paragraph.");
    }

    private static RequestSpecification valid(RequestSpecification form, String slug, String marker, String enBody) {
        if (slug != null) {
            form.formParam("slug", slug);
        }
        return form.formParam("type", "guidance").formParam("government", "JP").formParam("agency", "meti")
                .formParam("topics", "forced-labor").formParam("status", "in-force").formParam("binding", "false")
                .formParam("visibility", "public").formParam("issued", "2026-10-01")
                .formParam("sourceUrl", "https://www.meti.go.jp/policy/economy/business-jinken/index.html")
                .formParam("enTitle", "Test guidance on " + marker + " sourcing")
                .formParam("enSummary", "A test document about " + marker + ".")
                .formParam("enBody", enBody)
                .formParam("jaTitle", marker + "の調達に関する試験用の手引")
                .formParam("jaSummary", marker + "に関する試験用の文書です。")
                .formParam("jaBody", marker + "を調達する企業は、取引先を把握すべきである。");
    }

    private static io.restassured.response.Response upload(StaffSession editor, String slug, String fixture, String name) {
        String token = editor.csrfToken("/en/staff/documents/" + slug);
        return editor.request()
                .multiPart("csrf-token", token)
                .multiPart("file", name, fixture(fixture), "application/octet-stream")
                .post("/en/staff/documents/" + slug + "/attachments");
    }

    private static void publishChange(String slug, String body) {
        Map<String, Object> document = Documents.body(slug, "JP", "public", "Quorvex");
        document.put("versions", Map.of("en", Map.of("title", "Test guidance on Quorvex sourcing",
                "summary", "A test document about Quorvex.", "body", body + "\n\nSecond paragraph.")));
        document.put("singleLanguageReason", "Test of a change.");
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json").body(document)
                .put("/api/v1/documents/{slug}", slug).then().statusCode(200);
        publishDraft(slug, "Stronger wording.");
    }

    /** Submits, approves and publishes a METI draft through the API. */
    private static void publishDraft(String slug, String changeNote) {
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json").body(Map.of("changeNote", changeNote))
                .post("/api/v1/documents/{slug}/submit", slug).then().statusCode(200);
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/approve", slug).then().statusCode(200);
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/publish", slug).then().statusCode(200);
    }

    private static byte[] fixture(String name) {
        try (InputStream in = StaffPagesTest.class.getResourceAsStream("/attachments/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
