package jpus.taskforce.portal.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.StaffSession;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * Each language version knows whether it still says what the other says: through the API, the
 * staff list, the reader's page, the change feed and the Atom feed.
 */
@QuarkusTest
class TranslationStatusTest {

    @Test
    void aNewDocumentHasBothLanguagesCurrent() {
        String slug = Documents.at(Stage.PUBLISHED, "JP", "public");
        Tokens.as("anonymous").get("/api/v1/documents/{slug}", slug).then()
                .statusCode(200)
                .body("translation.en.status", equalTo("current"))
                .body("translation.ja.status", equalTo("current"))
                .body("translation.ja.since", equalTo(1));
    }

    @Test
    void changingOnlyTheEnglishLeavesTheJapaneseOutdatedSinceThatRevision() {
        String slug = publishedWithEnglishChange(false);
        Tokens.as("anonymous").get("/api/v1/documents/{slug}", slug).then()
                .body("translation.en.status", equalTo("current"))
                .body("translation.ja.status", equalTo("outdated"))
                .body("translation.ja.since", equalTo(2));
    }

    @Test
    void aChangeMarkedAsNeedingNoTranslationLeavesTheOtherLanguageCurrent() {
        String slug = publishedWithEnglishChange(true);
        Tokens.as("anonymous").get("/api/v1/documents/{slug}", slug).then()
                .body("translation.ja.status", equalTo("current"));
    }

    @Test
    void theJapaneseCatchingUpMakesItCurrentWithoutOutdatingTheEnglish() {
        String slug = publishedWithEnglishChange(false);
        Map<String, Object> document = withText(slug, "en", "Companies must map every supplier of Quorvex.");
        versions(document).put("ja", Map.of("title", "Quorvexの調達に関する試験用の手引",
                "summary", "Quorvexに関する試験用の文書です。", "body", "企業は、Quorvexの全ての取引先を把握しなければならない。"));
        revise(slug, document, "Japanese brought up to date.");
        Tokens.as("anonymous").get("/api/v1/documents/{slug}", slug).then()
                .body("translation.ja.status", equalTo("current"))
                .body("translation.ja.since", equalTo(3))
                .body("translation.en.status", equalTo("current"));
    }

    @Test
    void staffListTheOutdatedTranslationsOfTheirGovernmentOnly() {
        String slug = publishedWithEnglishChange(false);
        Tokens.as(KeycloakServer.METI_EDITOR).get("/api/v1/translations?status=outdated").then()
                .statusCode(200)
                .body("findAll { it.slug == '" + slug + "' }.language", equalTo(List.of("ja")))
                .body("find { it.slug == '" + slug + "' }.since", equalTo(2));
        Tokens.as(KeycloakServer.USTR_EDITOR).get("/api/v1/translations?status=outdated").then()
                .statusCode(200)
                .body("slug", not(hasItem(slug)));
        Tokens.as(KeycloakServer.MEMBER).get("/api/v1/translations").then().statusCode(403);
        Tokens.as("anonymous").get("/api/v1/translations").then().statusCode(401);
        Tokens.as(KeycloakServer.METI_EDITOR).get("/api/v1/translations?status=stale").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theStaffPageListsTheOutdatedTranslationsWithAFilterThatWorksWithoutJavaScript() {
        String slug = publishedWithEnglishChange(false);
        StaffSession editor = StaffSession.signIn(KeycloakServer.METI_EDITOR);
        editor.request().get("/ja/staff/translations?status=outdated").then()
                .statusCode(200)
                .body(containsString("<code class=\"meta\">" + slug + "</code>"))
                .body(containsString("<option value=\"outdated\" selected>未更新</option>"));
        editor.request().get("/en/staff/translations?status=missing").then()
                .statusCode(200)
                .body(not(containsString(slug)));
    }

    @Test
    void theOutdatedPageSaysSoInItsLanguageAndLinksToTheOtherVersionAndTheChange() {
        String slug = publishedWithEnglishChange(false);
        Tokens.as("anonymous").get("/ja/documents/{slug}", slug).then()
                .statusCode(200)
                .body(containsString("英語版に加えられた変更がまだ反映されていません"))
                .body(containsString("href=\"/en/documents/" + slug + "\" hreflang=\"en\">英語版を読む"))
                .body(containsString("href=\"/en/documents/" + slug + "/revisions/1/diff/2\""));
        Tokens.as("anonymous").get("/en/documents/{slug}", slug).then()
                .statusCode(200)
                .body(not(containsString("notice-outdated")));
    }

    @Test
    void theChangeFeedAndTheAtomFeedMarkTheRevisionThatOutdatedATranslation() {
        String cursor = latestCursor();
        String slug = publishedWithEnglishChange(false);
        JsonPath changes = Tokens.as("anonymous").get("/api/v1/changes?since={cursor}&limit=1000", cursor).jsonPath();
        assertThat(changes.<String>getList("changes.findAll { it.slug == '" + slug + "' }.event"))
                .containsExactly("created", "published", "translation-outdated");
        Tokens.as("anonymous").get("/ja/feed.atom").then()
                .statusCode(200)
                .body(containsString("<category term=\"translation-outdated\" label=\"翻訳未更新\"/>"));
    }

    private static String latestCursor() {
        String cursor = "";
        while (true) {
            JsonPath page = Tokens.as("anonymous").get("/api/v1/changes?since={cursor}&limit=1000", cursor).jsonPath();
            if (page.getList("changes").isEmpty() && !cursor.isEmpty()) {
                return cursor;
            }
            if (page.getString("next").equals(cursor)) {
                return cursor;
            }
            cursor = page.getString("next");
        }
    }

    /** A published METI document whose English text then changed in revision 2, the Japanese not. */
    private static String publishedWithEnglishChange(boolean noTranslationNeeded) {
        String slug = Documents.at(Stage.PUBLISHED, "JP", "public");
        Map<String, Object> document = withText(slug, "en", "Companies must map every supplier of Quorvex.");
        if (noTranslationNeeded) {
            document.put("noTranslationNeeded", true);
        }
        revise(slug, document, "Stronger English wording.");
        return slug;
    }

    private static void revise(String slug, Map<String, Object> document, String changeNote) {
        Tokens.as(Documents.editorOf("JP")).contentType("application/json").body(document)
                .put("/api/v1/documents/{slug}", slug).then().statusCode(200);
        Documents.publish(slug, "JP", changeNote);
    }

    private static Map<String, Object> withText(String slug, String language, String body) {
        Map<String, Object> document = Documents.body(slug, "JP", "public", "Quorvex");
        Map<String, Object> version = new LinkedHashMap<>(castMap(versions(document).get(language)));
        version.put("body", body);
        versions(document).put(language, version);
        return document;
    }

    private static Map<String, Object> versions(Map<String, Object> document) {
        Object versions = document.get("versions");
        if (!(versions instanceof LinkedHashMap)) {
            versions = new LinkedHashMap<>(castMap(versions));
            document.put("versions", versions);
        }
        return castMap(versions);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
