package jpus.taskforce.portal.publishing;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.Indexing;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/** The editorial workflow through the API, with real Keycloak tokens. */
@QuarkusTest
class PublishingWorkflowTest {

    @Inject
    Indexing indexing;

    @Test
    void aMetiDraftApprovedByAMetiReviewerIsFoundByEveryone() {
        String slug = Documents.at(Stage.PUBLISHED, "JP", "public", "Velmarite");
        indexing.awaitIndexed();
        Tokens.as("anonymous").get("/api/v1/documents?q=Velmarite").then()
                .statusCode(200)
                .body("hits.slug", hasItem(slug));
    }

    @Test
    void aDraftIsNotSearchableBeforePublication() {
        String slug = Documents.at(Stage.APPROVED, "JP", "public", "Ostrevine");
        indexing.awaitIndexed();
        Tokens.as(KeycloakServer.ADMIN).get("/api/v1/documents?q=Ostrevine").then()
                .statusCode(200)
                .body("total", equalTo(0));
        Tokens.as(KeycloakServer.ADMIN).get("/api/v1/documents/{slug}", slug).then().statusCode(404);
    }

    @Test
    void aJointDocumentNeedsBothGovernmentsApproval() {
        String slug = Documents.at(Stage.IN_REVIEW, "JOINT", "public");
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/approve", slug).then()
                .statusCode(200)
                .body("state", equalTo("in-review"))
                .body("approvals", hasKey("JP"));
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/publish", slug).then()
                .statusCode(409);
        Tokens.as(KeycloakServer.USTR_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/approve", slug).then()
                .statusCode(200)
                .body("state", equalTo("approved"));
    }

    @Test
    void editorsOfEitherGovernmentEditAJointDocument() {
        String slug = Documents.at(Stage.PUBLISHED, "JOINT", "public");
        Tokens.as(KeycloakServer.USTR_EDITOR).contentType("application/json")
                .body(Documents.body(slug, "JOINT", "public", "Quorvex-by-USTR"))
                .put("/api/v1/documents/{slug}", slug).then()
                .statusCode(200);
    }

    @Test
    void nobodyApprovesTheirOwnChange() {
        String slug = Documents.newSlug("own-approval");
        Tokens.as(KeycloakServer.ADMIN).contentType("application/json")
                .body(Documents.body(slug, "JP", "public", "Quorvex"))
                .post("/api/v1/documents").then().statusCode(201);
        Tokens.as(KeycloakServer.ADMIN).contentType("application/json")
                .post("/api/v1/documents/{slug}/submit", slug).then().statusCode(200);
        Tokens.as(KeycloakServer.ADMIN).contentType("application/json")
                .post("/api/v1/documents/{slug}/approve", slug).then()
                .statusCode(403)
                .body("detail", containsString("other than its author"));
    }

    @Test
    void stepsOutOfOrderAreConflicts() {
        String draft = Documents.at(Stage.DRAFT, "JP", "public");
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/approve", draft).then()
                .statusCode(409)
                .contentType("application/problem+json");
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/publish", draft).then()
                .statusCode(409);
        String published = Documents.at(Stage.PUBLISHED, "JP", "public");
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/archive", published).then().statusCode(200)
                .body("status", equalTo("archived"));
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/archive", published).then().statusCode(409);
    }

    @Test
    void theEditorsWhoWroteADraftDoNotPublishIt() {
        String slug = Documents.at(Stage.APPROVED, "JP", "public");
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json")
                .post("/api/v1/documents/{slug}/publish", slug).then()
                .statusCode(403)
                .contentType("application/problem+json");
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/publish", slug).then()
                .statusCode(200);
    }

    @Test
    void editingADraftInReviewClearsItsApprovals() {
        String slug = Documents.at(Stage.IN_REVIEW, "JOINT", "public");
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/approve", slug).then().statusCode(200);
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json")
                .body(Documents.body(slug, "JOINT", "public", "Quorvex-changed"))
                .put("/api/v1/documents/{slug}", slug).then()
                .statusCode(200)
                .body("state", equalTo("draft"))
                .body("approvals", equalTo(Map.of()));
    }

    @Test
    void readersKeepSeeingThePublishedVersionWhileAChangeIsPrepared() {
        String slug = Documents.at(Stage.PUBLISHED, "US", "public", "Brindlecourt");
        Tokens.as(KeycloakServer.USTR_EDITOR).contentType("application/json")
                .body(Documents.body(slug, "US", "public", "Cobalthaven"))
                .put("/api/v1/documents/{slug}", slug).then().statusCode(200);
        Tokens.as("anonymous").get("/api/v1/documents/{slug}", slug).then()
                .statusCode(200)
                .body("versions.en.title", containsString("Brindlecourt"))
                .body("revision", equalTo(1));
    }

    @Test
    void aChangeToAPublishedDocumentNeedsAChangeNote() {
        String slug = Documents.at(Stage.PUBLISHED, "US", "public");
        Tokens.as(KeycloakServer.USTR_EDITOR).contentType("application/json")
                .body(Documents.body(slug, "US", "public", "Quorvex-two"))
                .put("/api/v1/documents/{slug}", slug).then().statusCode(200);
        Tokens.as(KeycloakServer.USTR_EDITOR).contentType("application/json")
                .post("/api/v1/documents/{slug}/submit", slug).then()
                .statusCode(422)
                .body("errors.name", hasItem("changeNote"));
    }

    @Test
    void eachPublicationIsARevisionAndTwoRevisionsCanBeCompared() {
        String slug = Documents.at(Stage.PUBLISHED, "US", "public", "Harrowgate");
        Tokens.as(KeycloakServer.USTR_EDITOR).contentType("application/json")
                .body(Documents.body(slug, "US", "public", "Lindqvale"))
                .put("/api/v1/documents/{slug}", slug).then().statusCode(200);
        Tokens.as(KeycloakServer.USTR_EDITOR).contentType("application/json")
                .body("{\"changeNote\": \"Renamed the commodity.\", \"major\": true}")
                .post("/api/v1/documents/{slug}/submit", slug).then().statusCode(200);
        Tokens.as(KeycloakServer.USTR_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/approve", slug).then().statusCode(200);
        Tokens.as(KeycloakServer.USTR_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/publish", slug).then().statusCode(200)
                .body("revision", equalTo(2));

        Tokens.as("anonymous").get("/api/v1/documents/{slug}/revisions", slug).then()
                .statusCode(200)
                .body("number", equalTo(java.util.List.of(2, 1)))
                .body("[0].changeNote", equalTo("Renamed the commodity."))
                .body("[0].major", equalTo(true))
                .body("[0].publishedBy", equalTo(KeycloakServer.USTR_REVIEWER));
        Tokens.as("anonymous").get("/api/v1/documents/{slug}/revisions/1/diff/2", slug).then()
                .statusCode(200)
                .body("changes.field", hasItem("versions.en.body"))
                .body("changes.find { it.field == 'versions.en.body' }.lines.findAll { it.op == 'REMOVED' }.text",
                        hasItem(containsString("Harrowgate")))
                .body("changes.find { it.field == 'versions.en.body' }.lines.findAll { it.op == 'ADDED' }.text",
                        hasItem(containsString("Lindqvale")))
                .body("changes.find { it.field == 'versions.en.body' }.lines.findAll { it.op == 'KEPT' }.text",
                        hasItem("Second paragraph."));
    }

    @Test
    void aScheduledPublicationHappensOnItsOwnAtItsTime() throws InterruptedException {
        String slug = Documents.at(Stage.APPROVED, "JP", "public");
        Instant at = Instant.now().plusSeconds(3);
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json")
                .body("{\"publishAt\": \"" + at + "\"}")
                .post("/api/v1/documents/{slug}/publish", slug).then()
                .statusCode(202)
                .body("publishAt", not(equalTo(null)));
        Tokens.as("anonymous").get("/api/v1/documents/{slug}", slug).then().statusCode(404);
        await("the scheduled publication").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> Tokens.as("anonymous").get("/api/v1/documents/{slug}", slug).then().statusCode(200));
        Tokens.as("anonymous").get("/api/v1/documents/{slug}/revisions", slug).then()
                .statusCode(200)
                .body("[0].publishedBy", equalTo("scheduled-publication"));
    }

    @Test
    void anInvalidDocumentListsEveryProblem() {
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json")
                .body("{\"slug\": \"Bad Slug\", \"type\": \"novel\", \"government\": \"JP\", \"agency\": \"cbp\", "
                        + "\"sourceUrl\": \"http://insecure.example\", \"versions\": {\"fr\": {\"title\": \"x\"}}}")
                .post("/api/v1/documents").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.name", hasItem("slug"))
                .body("errors.name", hasItem("type"))
                .body("errors.name", hasItem("agency"))
                .body("errors.name", hasItem("sourceUrl"))
                .body("errors.name", hasItem("versions.fr"));
    }

    @Test
    void unreadableJsonIsABadRequestProblem() {
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json")
                .body("{\"slug\": [")
                .post("/api/v1/documents").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void somethingThatIsNotATokenIsAnUnauthorizedProblem() {
        assertUnauthorized("not.a.token");
    }

    @Test
    void aTokenWhoseSignatureWasTamperedWithIsRefused() {
        String token = Tokens.token(KeycloakServer.ADMIN);
        String[] parts = token.split("\\.");
        // The same claims, with the signature of another token: valid in form, forged in fact.
        String otherSignature = Tokens.token(KeycloakServer.METI_EDITOR).split("\\.")[2];
        Tokens.as(KeycloakServer.ADMIN).get("/api/v1/audit").then().statusCode(200);

        assertUnauthorized(parts[0] + "." + parts[1] + "." + otherSignature);
    }

    @Test
    void aTokenWithoutASignatureIsRefused() {
        String claims = Tokens.token(KeycloakServer.ADMIN).split("\\.")[1];
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        assertUnauthorized(none + "." + claims + ".");
    }

    @Test
    void aTokenIsRefusedOnceItHasExpired() {
        String token = KeycloakServer.shared().clientToken(KeycloakServer.PARTNER_SHORT_LIVED,
                KeycloakServer.PARTNER_SHORT_LIVED_SECRET);
        // Its client's tokens live one second.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertUnauthorized(token));
    }

    private static void assertUnauthorized(String token) {
        io.restassured.RestAssured.given().auth().oauth2(token)
                .get("/api/v1/documents/us-uflpa/revisions").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void adminsReadTheAuditLogAndNobodyElse() {
        String slug = Documents.at(Stage.PUBLISHED, "JP", "public");
        Tokens.as(KeycloakServer.ADMIN).get("/api/v1/audit?slug={slug}", slug).then()
                .statusCode(200)
                .body("action", equalTo(java.util.List.of("publish", "approve", "submit", "create")))
                .body("actor", hasItem(KeycloakServer.METI_EDITOR))
                .body("actor", hasItem(KeycloakServer.METI_REVIEWER));
        Tokens.as(KeycloakServer.METI_REVIEWER).get("/api/v1/audit").then().statusCode(403);
        Tokens.as("anonymous").get("/api/v1/audit").then().statusCode(401);
    }
}
