package jpus.taskforce.portal.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * Documents in a chosen state, made through the API by the people who would make them: the
 * government's editor writes and submits, its reviewer approves and publishes.
 */
public final class Documents {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Documents() {
    }

    public enum Stage {
        DRAFT, IN_REVIEW, APPROVED, PUBLISHED
    }

    public static String newSlug(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + SEQUENCE.incrementAndGet();
    }

    public static Map<String, Object> body(String slug, String government, String visibility, String marker) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("slug", slug);
        document.put("type", "guidance");
        document.put("government", government);
        document.put("agency", switch (government) {
            case "JP" -> "meti";
            case "US" -> "ustr";
            case "JOINT" -> "jp-us-task-force";
            default -> "ilo";
        });
        document.put("topics", List.of("forced-labor"));
        document.put("issued", "2026-10-01");
        document.put("status", "in-force");
        document.put("binding", false);
        document.put("sourceUrl", "https://www.meti.go.jp/policy/economy/business-jinken/index.html");
        document.put("visibility", visibility);
        document.put("versions", Map.of(
                "en", Map.of("title", "Test guidance on " + marker + " sourcing",
                        "summary", "A test document about " + marker + ".",
                        "body", "Companies that source " + marker + " should map their suppliers.\n\nSecond paragraph."),
                "ja", Map.of("title", marker + "の調達に関する試験用の手引",
                        "summary", marker + "に関する試験用の文書です。",
                        "body", marker + "を調達する企業は、取引先を把握すべきである。")));
        return document;
    }

    /** Makes a document of the government and visibility, taken as far as the stage. */
    public static String at(Stage stage, String government, String visibility) {
        return at(stage, government, visibility, "Quorvex");
    }

    public static String at(Stage stage, String government, String visibility, String marker) {
        String slug = newSlug("test-" + government.toLowerCase());
        Tokens.as(editorOf(government)).contentType("application/json")
                .body(body(slug, government, visibility, marker))
                .post("/api/v1/documents").then().statusCode(201);
        if (stage == Stage.DRAFT) {
            return slug;
        }
        Tokens.as(editorOf(government)).contentType("application/json").body("{\"changeNote\": \"First version.\"}")
                .post("/api/v1/documents/{slug}/submit", slug).then().statusCode(200);
        if (stage == Stage.IN_REVIEW) {
            return slug;
        }
        for (String reviewer : reviewersOf(government)) {
            Tokens.as(reviewer).contentType("application/json")
                    .post("/api/v1/documents/{slug}/approve", slug).then().statusCode(200);
        }
        if (stage == Stage.APPROVED) {
            return slug;
        }
        Tokens.as(reviewersOf(government).get(0)).contentType("application/json")
                .post("/api/v1/documents/{slug}/publish", slug).then().statusCode(200);
        return slug;
    }

    /**
     * Publishes a new revision of a published document: its editor rewrites it with the marker and
     * visibility and submits it with the change note, its reviewers approve and publish.
     */
    public static void revise(String slug, String government, String visibility, String marker, String changeNote) {
        Tokens.as(editorOf(government)).contentType("application/json")
                .body(body(slug, government, visibility, marker))
                .put("/api/v1/documents/{slug}", slug).then().statusCode(200);
        publish(slug, government, changeNote);
    }

    /** Takes an existing draft through review to publication, with the change note given. */
    public static void publish(String slug, String government, String changeNote) {
        Tokens.as(editorOf(government)).contentType("application/json").body(Map.of("changeNote", changeNote))
                .post("/api/v1/documents/{slug}/submit", slug).then().statusCode(200);
        for (String reviewer : reviewersOf(government)) {
            Tokens.as(reviewer).contentType("application/json")
                    .post("/api/v1/documents/{slug}/approve", slug).then().statusCode(200);
        }
        Tokens.as(reviewersOf(government).get(0)).contentType("application/json")
                .post("/api/v1/documents/{slug}/publish", slug).then().statusCode(200);
    }

    public static String editorOf(String government) {
        return government.equals("US") ? KeycloakServer.USTR_EDITOR : KeycloakServer.METI_EDITOR;
    }

    public static List<String> reviewersOf(String government) {
        return switch (government) {
            case "US" -> List.of(KeycloakServer.USTR_REVIEWER);
            case "JOINT" -> List.of(KeycloakServer.METI_REVIEWER, KeycloakServer.USTR_REVIEWER);
            default -> List.of(KeycloakServer.METI_REVIEWER);
        };
    }
}
