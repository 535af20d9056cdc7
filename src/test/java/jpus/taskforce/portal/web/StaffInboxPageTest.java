package jpus.taskforce.portal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.StaffSession;
import jpus.taskforce.portal.testsupport.Tokens;

/** The staff inbox, through HTTP as a browser without JavaScript uses it. */
@QuarkusTest
class StaffInboxPageTest {

    @Test
    void aReviewerSeesTheDraftsInReviewAndTheSubmissionNoticeInTheirLanguage() {
        String slug = Documents.at(Stage.IN_REVIEW, "JP", "public", "Inboxrev");
        StaffSession reviewer = StaffSession.signIn(KeycloakServer.METI_REVIEWER);
        reviewer.request().get("/ja/staff/inbox").then()
                .statusCode(200)
                .body(containsString("<h1>受信トレイ</h1>"))
                .body(containsString("<a href=\"/ja/staff/documents/" + slug + "\">"))
                .body(containsString("審査中：承認又は差戻しをお願いします"))
                .body(containsString("【審査依頼】Test guidance on Inboxrev sourcing"))
                .body(containsString("/ja/staff/documents/" + slug + "\n"));
        reviewer.request().get("/en/staff/inbox").then()
                .statusCode(200)
                .body(containsString("<h1>Inbox</h1>"))
                .body(containsString("in review: approve it or send it back"));
    }

    @Test
    void anEditorSeesTheDraftsSentBackAndTheReturnNotice() {
        String slug = Documents.at(Stage.IN_REVIEW, "US", "public", "Inboxret");
        Tokens.as(KeycloakServer.USTR_REVIEWER).contentType("application/json")
                .body(Map.of("remark", "Cite the Inboxret statute."))
                .post("/api/v1/documents/{slug}/return", slug).then().statusCode(200);
        StaffSession editor = StaffSession.signIn(KeycloakServer.USTR_EDITOR);
        editor.request().get("/en/staff/inbox").then()
                .statusCode(200)
                .body(containsString("<a href=\"/en/staff/documents/" + slug + "\">"))
                .body(containsString("sent back: revise it and submit it again"))
                .body(containsString("Sent back for changes: Test guidance on Inboxret sourcing"))
                .body(containsString("Cite the Inboxret statute."));
        editor.request().get("/ja/staff/inbox").then()
                .statusCode(200)
                .body(containsString("差戻し：修正の上、再度審査依頼をお願いします"));
    }

    @Test
    void theOtherGovernmentsReviewerIsNotWaitedForAndTheWorkspaceLinksTheInbox() {
        String slug = Documents.at(Stage.IN_REVIEW, "JP", "public", "Inboxother");
        StaffSession reviewer = StaffSession.signIn(KeycloakServer.USTR_REVIEWER);
        reviewer.request().get("/en/staff/inbox").then()
                .statusCode(200)
                .body(not(containsString(slug)));
        reviewer.request().get("/en/staff").then()
                .statusCode(200)
                .body(containsString("<a class=\"button\" href=\"/en/staff/inbox\">Inbox</a>"));
    }

    @Test
    void theInboxIsForStaff() {
        StaffSession.signIn(KeycloakServer.MEMBER).request().get("/en/staff/inbox").then().statusCode(403);
    }
}
