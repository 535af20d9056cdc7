package jpus.taskforce.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.testsupport.Indexing;

/**
 * The local run needs no Keycloak: its demo accounts (password = name) use the API with HTTP
 * Basic, with the same roles as the realm's users. The whole story of the publishing issue, in
 * the local profile: a METI editor drafts, a METI reviewer sends it back with a remark, the editor
 * corrects it, the reviewer approves and publishes, everyone finds it; a restricted document is
 * found by members only.
 */
@QuarkusTest
@TestProfile(LocalRunProfileTest.LocalRun.class)
class DemoAccountsTest {

    @Inject
    Indexing indexing;

    @Test
    void aMetiEditorDraftsAMetiReviewerSendsItBackThenPublishesItAndEveryoneFindsIt() {
        String slug = Documents.newSlug("demo");
        Map<String, Object> document = Documents.body(slug, "JP", "public", "Pellucidite");
        given().auth().preemptive().basic("meti-editor", "meti-editor").contentType("application/json").body(document)
                .post("/api/v1/documents").then().statusCode(201);
        given().auth().preemptive().basic("meti-editor", "meti-editor").contentType("application/json")
                .post("/api/v1/documents/{slug}/submit", slug).then().statusCode(200);
        given().auth().preemptive().basic("meti-reviewer", "meti-reviewer").contentType("application/json")
                .body(Map.of("remark", "Say which edition this is."))
                .post("/api/v1/documents/{slug}/return", slug).then().statusCode(200);
        given().auth().preemptive().basic("meti-editor", "meti-editor").get("/api/v1/documents/{slug}/remarks", slug).then()
                .statusCode(200)
                .body("text", hasItem("Say which edition this is."));
        given().auth().preemptive().basic("meti-editor", "meti-editor").contentType("application/json")
                .body(Documents.body(slug, "JP", "public", "Pellucidite (2026 edition)"))
                .put("/api/v1/documents/{slug}", slug).then().statusCode(200);
        given().auth().preemptive().basic("meti-editor", "meti-editor").contentType("application/json")
                .post("/api/v1/documents/{slug}/submit", slug).then().statusCode(200);
        given().auth().preemptive().basic("meti-reviewer", "meti-reviewer").contentType("application/json")
                .post("/api/v1/documents/{slug}/approve", slug).then().statusCode(200);
        given().auth().preemptive().basic("meti-reviewer", "meti-reviewer").contentType("application/json")
                .post("/api/v1/documents/{slug}/publish", slug).then().statusCode(200);
        indexing.awaitIndexed();
        given().get("/api/v1/documents?q=Pellucidite").then()
                .statusCode(200)
                .body("hits.slug", hasItem(slug));
    }

    @Test
    void aRestrictedDocumentIsFoundByMembersOnly() {
        indexing.awaitIndexed();
        given().get("/api/v1/documents?q=Zanthoria").then().statusCode(200).body("total", equalTo(0));
        given().auth().preemptive().basic("member", "member").get("/api/v1/documents?q=Zanthoria").then()
                .statusCode(200)
                .body("hits.slug", hasItem("fixture-restricted-briefing"));
    }

    @Test
    void aWrongPasswordIsAnUnauthorizedProblem() {
        given().auth().preemptive().basic("admin", "not-the-password").get("/api/v1/audit").then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anEditorOfTheOtherGovernmentCannotCreateAMetiDocument() {
        given().auth().preemptive().basic("ustr-editor", "ustr-editor").contentType("application/json")
                .body(Documents.body(Documents.newSlug("demo"), "JP", "public", "Quorvex"))
                .post("/api/v1/documents").then()
                .statusCode(403);
    }

    @Test
    void theApiDocumentOffersTheDemoAccountsHttpBasicBesideTokens() {
        given().get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("components.securitySchemes.basic.scheme", equalTo("basic"))
                .body("paths.'/api/v1/audit'.get.security", hasItem(Map.of("basic", List.of())));
    }

    @Test
    void theDetailedHealthSaysKeycloakIsNotConfiguredInTheLocalRun() {
        given().auth().preemptive().basic("admin", "admin").get("/api/v1/admin/health").then()
                .statusCode(200)
                .body("keycloak.status", equalTo("NOT_CONFIGURED"))
                .body("database.status", equalTo("UP"))
                .body("searchEngine.status", equalTo("UP"));
    }
}
