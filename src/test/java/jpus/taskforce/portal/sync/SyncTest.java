package jpus.taskforce.portal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/** A partner mirrors the knowledge base: export, then follow the change feed. */
@QuarkusTest
class SyncTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void exportThenChangesGiveExactlyThePortalsFinalStateDespiteEditsDuringTheCopy() throws Exception {
        String toRevise = Documents.at(Stage.PUBLISHED, "JP", "public");
        String toArchive = Documents.at(Stage.PUBLISHED, "US", "public");
        String toRestrict = Documents.at(Stage.PUBLISHED, "JP", "public");

        ExecutorService editors = Executors.newFixedThreadPool(2);
        List<Future<?>> edits = new ArrayList<>();
        edits.add(editors.submit(() -> Documents.at(Stage.PUBLISHED, "US", "public")));
        edits.add(editors.submit(() -> revise(toRevise, "JP", "public")));
        Response export = Tokens.as("anonymous").get("/api/v1/export");
        edits.add(editors.submit(() -> Tokens.as(KeycloakServer.USTR_REVIEWER).contentType("application/json")
                .post("/api/v1/documents/{slug}/archive", toArchive).then().statusCode(200)));
        edits.add(editors.submit(() -> revise(toRestrict, "JP", "restricted")));
        edits.add(editors.submit(() -> Documents.at(Stage.PUBLISHED, "JP", "restricted")));
        for (Future<?> edit : edits) {
            edit.get();
        }
        editors.shutdown();

        Map<String, Integer> mirror = new TreeMap<>();
        export.then().statusCode(200).contentType("application/x-ndjson");
        for (String line : export.asString().split("\n")) {
            JsonNode document = JSON.readTree(line);
            mirror.put(document.get("slug").asText(), document.get("revision").asInt());
        }
        String cursor = export.header("Portal-Changes-Cursor");
        while (true) {
            JsonNode page = JSON.readTree(Tokens.as("anonymous").get("/api/v1/changes?since={c}&limit=7", cursor).asString());
            for (JsonNode change : page.get("changes")) {
                String slug = change.get("slug").asText();
                if (change.get("event").asText().equals("withdrawn")) {
                    mirror.remove(slug);
                } else {
                    mirror.put(slug, Tokens.as("anonymous").get("/api/v1/documents/{slug}", slug).then().statusCode(200)
                            .extract().<Integer>path("revision"));
                }
            }
            if (page.get("next").asText().equals(cursor)) {
                break;
            }
            cursor = page.get("next").asText();
        }

        Map<String, Integer> portal = new TreeMap<>();
        for (String line : Tokens.as("anonymous").get("/api/v1/export").asString().split("\n")) {
            JsonNode document = JSON.readTree(line);
            portal.put(document.get("slug").asText(), document.get("revision").asInt());
        }
        assertThat(mirror).isEqualTo(portal);
        assertThat(mirror).doesNotContainKey(toRestrict);
    }

    @Test
    void aDocumentMadeRestrictedIsWithdrawnForOutsidersAndUpdatedForMembers() {
        String cursor = Tokens.as("anonymous").get("/api/v1/export").header("Portal-Changes-Cursor");
        String slug = Documents.at(Stage.PUBLISHED, "US", "public");
        revise(slug, "US", "restricted");
        Tokens.as("anonymous").get("/api/v1/changes?since={c}", cursor).then()
                .statusCode(200)
                .body("changes.findAll { it.slug == '" + slug + "' }.event", equalTo(List.of("created", "withdrawn")));
        Tokens.as(KeycloakServer.MEMBER).get("/api/v1/changes?since={c}", cursor).then()
                .statusCode(200)
                .body("changes.findAll { it.slug == '" + slug + "' }.event", equalTo(List.of("created", "published")));
    }

    @Test
    void anUnchangedPageOfChangesIsNotModified() {
        Response first = Tokens.as("anonymous").get("/api/v1/changes?limit=5");
        first.then().statusCode(200);
        Tokens.as("anonymous").header("If-None-Match", first.header("ETag")).get("/api/v1/changes?limit=5").then()
                .statusCode(304);
    }

    @Test
    void aCursorThePortalDidNotIssueIsABadRequestProblem() {
        Tokens.as("anonymous").get("/api/v1/changes?since=not-a-cursor").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("since"))
                .body("errors[0].code", equalTo("cursor"));
    }

    @Test
    void aLimitOutsideItsRangeIsABadRequestNamingTheRange() {
        Tokens.as("anonymous").get("/api/v1/changes?limit=0").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].name", equalTo("limit"))
                .body("errors[0].code", equalTo("out-of-range"))
                .body("errors[0].args.max", equalTo("1000"));
        Tokens.as("anonymous").get("/api/v1/changes?limit=ten").then()
                .statusCode(400)
                .body("errors[0].code", equalTo("number"));
    }

    @Test
    void anExportUnchangedSinceItsEtagIsNotModified() {
        Response export = Tokens.as("anonymous").get("/api/v1/export");
        Tokens.as("anonymous").header("If-None-Match", export.header("ETag")).get("/api/v1/export").then()
                .statusCode(304);
    }

    /** Publishes a new revision of the document, with the given visibility. */
    static void revise(String slug, String government, String visibility) {
        Documents.revise(slug, government, visibility, "Quorvex-revised", "Revised.");
    }
}
