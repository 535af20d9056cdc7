package jpus.taskforce.portal.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.Indexing;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * Someone without the right never learns that a restricted document or a draft exists. Each
 * probe reads one surface and looks for the documents' marker words anywhere in the answer;
 * members reading the restricted one show that the probes would see a leak.
 *
 * <p>The restricted document (marker "Zanthoria") is seeded from the test fixtures; the drafts
 * (marker "Vexholmite") are made here, one in each state before publication.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeakProbeTest {

    private static final String RESTRICTED = "fixture-restricted-briefing";
    /**
     * Phrases of the documents' own text. The marker words alone would also match the probes'
     * own queries, which pages and problems rightly repeat back.
     */
    private static final List<String> RESTRICTED_TEXT = List.of("zanthoria sourcing", "ザントリア調達", "非公開の試験用資料");
    private static final List<String> DRAFT_TEXT = List.of("vexholmite sourcing", "source vexholmite", "vexholmiteの調達",
            "vexholmite remark");
    /** A remark on every draft and on a published document, which outsiders read but whose review they do not. */
    private static final String REMARK = "Cite the vexholmite remark source.";

    @Inject
    Indexing indexing;

    private final List<String> drafts = new ArrayList<>();
    private String reviewed;

    private static void remarkOn(String slug) {
        Tokens.as(KeycloakServer.METI_REVIEWER).contentType("application/json").body(Map.of("text", REMARK))
                .post("/api/v1/documents/{slug}/remarks", slug).then().statusCode(201);
    }

    /** Made on first use: the HTTP client knows the portal's address only once a test runs. */
    private List<String> drafts() {
        if (drafts.isEmpty()) {
            for (Stage stage : List.of(Stage.DRAFT, Stage.IN_REVIEW, Stage.APPROVED)) {
                drafts.add(Documents.at(stage, "JP", "public", "Vexholmite"));
            }
            // Restricted as well as a draft: members (the other government's staff among them) may read
            // restricted documents, never another government's drafts.
            drafts.add(Documents.at(Stage.IN_REVIEW, "JP", "restricted", "Vexholmite"));
            drafts.forEach(LeakProbeTest::remarkOn);
            reviewed = Documents.at(Stage.DRAFT, "JP", "public");
            remarkOn(reviewed);
            Documents.publish(reviewed, "JP", "Reviewed with a remark.");
            indexing.awaitIndexed();
        }
        return drafts;
    }

    /** Every read surface, in the API and on the pages, that could mention a document. */
    private List<String> surfaces() {
        List<String> paths = new ArrayList<>(List.of(
                "/api/v1/documents?q=Zanthoria", "/api/v1/documents?q=ザントリア", "/api/v1/documents?q=Vexholmite",
                "/api/v1/documents?q=Zanthorea", "/api/v1/documents?q=Vexholmit",
                "/api/v1/documents?topic=forced-labor&size=100", "/api/v1/documents?agency=meti&size=100",
                "/api/v1/documents?size=100&sort=newest",
                "/api/v1/suggest?q=Zanth", "/api/v1/suggest?q=ザント", "/api/v1/suggest?q=Vexh",
                "/api/v1/topics",
                "/api/v1/documents/meti-guidelines-respecting-human-rights-2022/related",
                "/api/v1/documents/meti-hrdd-practical-reference-2023/related",
                "/api/v1/documents/ilo-indicators-of-forced-labour/related",
                "/en/", "/ja/", "/en/search?q=Zanthoria", "/ja/search?q=ザントリア", "/en/search?q=Vexholmite",
                "/en/search?q=Zanthorea", "/en/search?topic=forced-labor", "/en/topics", "/en/topics/forced-labor",
                "/ja/topics/forced-labor", "/en/agencies/meti", "/en/compare/forced-labor",
                "/en/documents/meti-guidelines-respecting-human-rights-2022",
                "/en/feed.atom", "/ja/feed.atom", "/en/topics/forced-labor/feed.atom", "/en/search.atom?q=Zanthoria",
                "/en/search.atom?q=Vexholmite", "/sitemap.xml",
                // A bare misspelt word: a did-you-mean built from a draft's or a restricted document's words would leak them.
                "/en/search?q=Vexholmit", "/ja/search?q=Zanthorea", "/api/v1/documents?q=Zanthori",
                "/api/v1/goods", "/api/v1/regions", "/en/check?good=cotton&region=CN-XJ", "/api/v1/check?good=cotton"));
        for (String draft : drafts()) {
            paths.add("/api/v1/documents/" + draft);
            paths.add("/api/v1/documents/" + draft + "/revisions");
            paths.add("/api/v1/documents/" + draft + "/related");
            paths.add("/en/documents/" + draft);
            paths.add("/api/v1/documents/" + draft + "/remarks");
        }
        paths.add("/api/v1/documents/" + reviewed + "/remarks");
        paths.add("/api/v1/documents/" + reviewed + "/revisions");
        paths.add("/en/documents/" + reviewed);
        paths.add("/ja/documents/" + reviewed);
        paths.add("/api/v1/documents/" + RESTRICTED);
        paths.add("/api/v1/documents/" + RESTRICTED + "/revisions");
        paths.add("/api/v1/documents/" + RESTRICTED + "/related");
        paths.add("/en/documents/" + RESTRICTED);
        paths.add("/ja/documents/" + RESTRICTED);
        return paths;
    }

    private static boolean mentions(String body, List<String> phrases) {
        return phrases.stream().anyMatch(body::contains);
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = { "anonymous", KeycloakServer.PARTNER_READER })
    void outsidersFindNoTraceOfRestrictedDocumentsOrDrafts(String who) {
        List<String> leaks = new ArrayList<>();
        for (String path : surfaces()) {
            Response response = Tokens.as(who).get(path);
            String body = response.asString().toLowerCase(Locale.ROOT);
            boolean slugNamed = !path.contains(RESTRICTED) && body.contains(RESTRICTED);
            if (response.statusCode() >= 500 || slugNamed || mentions(body, RESTRICTED_TEXT) || mentions(body, DRAFT_TEXT)) {
                leaks.add(path + " -> " + response.statusCode());
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void staffOfTheOtherGovernmentFindNoTraceOfADraft() {
        List<String> leaks = new ArrayList<>();
        for (String path : surfaces()) {
            Response response = Tokens.as(KeycloakServer.USTR_EDITOR).get(path);
            if (response.statusCode() >= 500 || mentions(response.asString().toLowerCase(Locale.ROOT), DRAFT_TEXT)) {
                leaks.add(path + " -> " + response.statusCode());
            }
        }
        for (String draft : drafts()) {
            if (Tokens.as(KeycloakServer.USTR_EDITOR).get("/api/v1/documents/{slug}/draft", draft).statusCode() != 404) {
                leaks.add(draft + "/draft");
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** docs/reliability.md states how many surfaces and callers the probes cover; it must say what the test does. */
    @Test
    void theDocumentedProbeCountIsTheProbesOwn() throws IOException {
        String reliability = Files.readString(Path.of("docs", "reliability.md"));
        Matcher documented = Pattern.compile("`publishing/LeakProbeTest` \\| (\\d+) surfaces × (\\d+) callers").matcher(reliability);
        assertThat(documented.find()).as("the leak probes' row in docs/reliability.md").isTrue();
        assertThat(Integer.parseInt(documented.group(1))).as("surfaces").isEqualTo(surfaces().size());
        assertThat(Integer.parseInt(documented.group(2))).as("callers: two outsiders and the other government's editor")
                .isEqualTo(3);
    }

    @Test
    void theProbesWouldSeeARemark() {
        drafts();
        Response remarks = Tokens.as(KeycloakServer.METI_EDITOR).get("/api/v1/documents/{slug}/remarks", reviewed);
        assertThat(mentions(remarks.asString().toLowerCase(Locale.ROOT), DRAFT_TEXT)).isTrue();
    }

    @Test
    void aRestrictedSlugAnswersExactlyLikeAnUnknownOne() {
        String restricted = Tokens.as("anonymous").get("/api/v1/documents/" + RESTRICTED).asString();
        String unknown = Tokens.as("anonymous").get("/api/v1/documents/fixture-no-such-briefing").asString();
        assertThat(restricted.replace(RESTRICTED, "SLUG")).isEqualTo(unknown.replace("fixture-no-such-briefing", "SLUG"));
    }

    @Test
    void aDraftSlugAnswersExactlyLikeAnUnknownOne() {
        String draft = drafts().get(0);
        String answer = Tokens.as(KeycloakServer.PARTNER_READER).get("/api/v1/documents/" + draft).asString();
        String unknown = Tokens.as(KeycloakServer.PARTNER_READER).get("/api/v1/documents/test-jp-none").asString();
        assertThat(answer.replace(draft, "SLUG")).isEqualTo(unknown.replace("test-jp-none", "SLUG"));
    }

    @Test
    void membersFindTheRestrictedDocument() {
        Response search = Tokens.as(KeycloakServer.MEMBER).get("/api/v1/documents?q=Zanthoria");
        search.then().statusCode(200).body("hits.slug", hasItem(RESTRICTED));
        // The probes' phrases are what a leak would look like.
        assertThat(mentions(search.asString().toLowerCase(Locale.ROOT), RESTRICTED_TEXT)).isTrue();
        Tokens.as(KeycloakServer.PARTNER_MEMBER).get("/api/v1/documents/{slug}", RESTRICTED).then()
                .statusCode(200)
                .body("visibility", equalTo("restricted"));
    }

    @Test
    void countsForOutsidersLeaveRestrictedDocumentsOut() {
        int outsiders = Tokens.as("anonymous").get("/api/v1/documents?agency=meti").then().extract().path("total");
        int members = Tokens.as(KeycloakServer.MEMBER).get("/api/v1/documents?agency=meti").then().extract().path("total");
        int restricted = Tokens.as(KeycloakServer.MEMBER).get("/api/v1/documents?agency=meti&size=100").then().extract()
                .<List<String>>path("hits.slug").stream()
                .filter(slug -> Tokens.as("anonymous").get("/api/v1/documents/" + slug).statusCode() == 404)
                .toList().size();
        assertThat(restricted).isPositive();
        assertThat(outsiders).isEqualTo(members - restricted);
    }
}
