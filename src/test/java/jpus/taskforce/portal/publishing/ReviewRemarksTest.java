package jpus.taskforce.portal.publishing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/** Reviewers send drafts back with remarks, and staff who see a draft discuss it, through the API. */
@QuarkusTest
class ReviewRemarksTest {

    private static final String REMARK = "The Japanese summary names the wrong year.";

    @Test
    void aReviewerSendsASubmittedDraftBackToItsEditorsWithARemark() {
        String slug = Documents.at(Stage.IN_REVIEW, "JP", "public");
        sendBack(slug, KeycloakServer.METI_REVIEWER, REMARK).then()
                .statusCode(200)
                .body("state", equalTo("draft"))
                .body("remarks", hasSize(1))
                .body("remarks[0].author", equalTo(KeycloakServer.METI_REVIEWER))
                .body("remarks[0].revision", equalTo(1))
                .body("remarks[0].text", equalTo(REMARK))
                .body("remarks[0].returned", equalTo(true));
        Tokens.as(KeycloakServer.METI_EDITOR).get("/api/v1/documents/{slug}/remarks", slug).then()
                .statusCode(200)
                .body("text", contains(REMARK));
    }

    @Test
    void aDraftSentBackIsEditedResubmittedAndPublished() {
        String slug = Documents.at(Stage.IN_REVIEW, "JP", "public");
        sendBack(slug, KeycloakServer.METI_REVIEWER, REMARK).then().statusCode(200);
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json")
                .body(Documents.body(slug, "JP", "public", "Quorvex-corrected"))
                .put("/api/v1/documents/{slug}", slug).then().statusCode(200);
        Documents.publish(slug, "JP", "Corrected the year.");
        Tokens.as("anonymous").get("/api/v1/documents/{slug}", slug).then().statusCode(200);
    }

    @Test
    void onlyASubmittedDraftIsSentBack() {
        sendBack(Documents.at(Stage.DRAFT, "JP", "public"), KeycloakServer.METI_REVIEWER, REMARK).then()
                .statusCode(409).contentType("application/problem+json");
        sendBack(Documents.at(Stage.APPROVED, "JP", "public"), KeycloakServer.METI_REVIEWER, REMARK).then()
                .statusCode(409);
    }

    @Test
    void sendingBackSaysWhy() {
        String slug = Documents.at(Stage.IN_REVIEW, "JP", "public");
        sendBack(slug, KeycloakServer.METI_REVIEWER, "  ").then()
                .statusCode(422)
                .body("errors.name", contains("remark"))
                .body("errors.code", contains("required"));
        Tokens.as(KeycloakServer.METI_EDITOR).get("/api/v1/documents/{slug}/draft", slug).then()
                .body("state", equalTo("in-review"));
    }

    @Test
    void sendingBackAJointDraftWithdrawsTheApprovalAlreadyGiven() {
        String slug = Documents.at(Stage.IN_REVIEW, "JOINT", "public");
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/approve", slug).then().statusCode(200);
        sendBack(slug, KeycloakServer.USTR_REVIEWER, REMARK).then()
                .statusCode(200)
                .body("state", equalTo("draft"))
                .body("approvals", equalTo(Map.of()));
    }

    @Test
    void remarksStayWithTheDocumentAfterPublicationForItsStaffOnly() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json").body(Map.of("text", "Ready for a look."))
                .post("/api/v1/documents/{slug}/remarks", slug).then()
                .statusCode(201)
                .body("author", equalTo(KeycloakServer.METI_EDITOR))
                .body("returned", equalTo(false));
        Documents.publish(slug, "JP", "First version.");
        Tokens.as(KeycloakServer.METI_REVIEWER).get("/api/v1/documents/{slug}/remarks", slug).then()
                .statusCode(200)
                .body("text", contains("Ready for a look."))
                .body("revision", contains(1));
        Tokens.as(KeycloakServer.MEMBER).get("/api/v1/documents/{slug}/remarks", slug).then().statusCode(404);
        Tokens.as(KeycloakServer.USTR_REVIEWER).get("/api/v1/documents/{slug}/remarks", slug).then().statusCode(404);
    }

    @Test
    void remarksAndSendingBackAreInTheAuditLog() {
        String slug = Documents.at(Stage.IN_REVIEW, "JP", "public");
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json").body(Map.of("text", "Source added."))
                .post("/api/v1/documents/{slug}/remarks", slug).then().statusCode(201);
        sendBack(slug, KeycloakServer.METI_REVIEWER, REMARK).then().statusCode(200);
        Tokens.as(KeycloakServer.ADMIN).get("/api/v1/audit?slug={slug}", slug).then()
                .statusCode(200)
                .body("action", equalTo(List.of("return", "remark", "submit", "create")))
                .body("detail", hasItem(REMARK));
    }

    private static io.restassured.response.Response sendBack(String slug, String reviewer, String remark) {
        return Tokens.as(reviewer).contentType("application/json").body(Map.of("remark", remark))
                .post("/api/v1/documents/{slug}/return", slug);
    }
}
