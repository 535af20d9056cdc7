package jpus.taskforce.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.publishing.Documents.Stage;
import jpus.taskforce.portal.testsupport.Chromium;
import jpus.taskforce.portal.testsupport.Indexing;
import jpus.taskforce.portal.testsupport.KeycloakServer;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * The staff pages in a real browser (the system Chromium through Playwright), signed in through
 * Keycloak's own login form: a document written, refused, fixed and submitted by an editor, approved
 * and published by a reviewer, then found by an anonymous reader; and the staff pages checked by
 * axe-core with no violation at all. Screenshots go to target/screenshots/staff-*.png.
 */
@QuarkusTest
class StaffBrowserTest {

    private static final Path AXE = Chromium.AXE;
    private static final Path SCREENSHOTS = Path.of("target/screenshots");


    @TestHTTPResource("/")
    URL base;

    @Inject
    Indexing indexing;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void open() {
        // axe is injected as an inline script, which the pages' own policy rightly forbids.
        context = Chromium.shared().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setBypassCSP(true));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void anEditorWritesAndSubmitsAReviewerPublishesAndAReaderFindsTheDocument() throws Exception {
        String marker = "Vrendalith" + Long.toString(System.nanoTime() % 46_656L, 36).replaceAll("[0-9]", "x");
        String slug = Documents.newSlug("browser");
        signIn(KeycloakServer.METI_EDITOR);

        page.getByText("New document").click();
        page.waitForURL(url -> url.endsWith("/en/staff/new"));
        fillNewDocument(slug, marker);
        page.locator("button[value=save]").click();
        assertThat(page.locator("#f-versions-en-title").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator(".error-summary").textContent()).contains("Title (English)");
        assertThat(page.locator("#f-versions-en-summary").inputValue()).isEqualTo("Guidance on " + marker + " for buyers.");
        photograph("staff-editor-errors-en");

        page.locator("#f-versions-en-title").fill("Buyer guidance on " + marker);
        page.locator("button[value=save]").click();
        page.waitForURL(url -> url.contains("/en/staff/documents/" + slug + "?done=saved"));
        page.locator("#f-changeNote").fill("First version.");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Submit for review")).click();
        page.waitForURL(url -> url.contains("done=submitted"));
        assertThat(page.locator("p.meta .state").textContent()).isEqualTo("In review");

        page.locator("form.sign-out button").click();
        page.waitForURL(url -> url.endsWith("/en/"));
        assertThat(page.locator(".account").textContent()).contains("Sign in").doesNotContain("meti-editor");

        signIn(KeycloakServer.METI_REVIEWER);
        page.navigate(url("en", "/staff/documents/" + slug));
        page.locator("form[action$='/approve'] button").click();
        page.waitForURL(url -> url.contains("done=approved"));
        page.locator("form[action$='/publish'] button").click();
        page.waitForURL(url -> url.contains("done=published"));

        indexing.awaitIndexed();
        BrowserContext anonymous = Chromium.shared().newContext();
        Page reader = anonymous.newPage();
        reader.navigate(url("en", "/search?q=" + marker));
        assertThat(reader.locator("ol.results a[href='/en/documents/" + slug + "']").count()).isEqualTo(1);
        anonymous.close();
    }

    @Test
    void aReviewerSendsADraftBackWithARemarkAndTheEditorCorrectsAndResubmitsIt() throws Exception {
        assertThat(AXE).as("axe-core (installed by ./portal test)").exists();
        String slug = Documents.at(Stage.IN_REVIEW, "JP", "public");
        List<String> violations = new ArrayList<>();

        signIn(KeycloakServer.METI_REVIEWER);
        page.navigate(url("en", "/staff/documents/" + slug));
        page.locator("#f-remark").fill("Name the edition in the English title.");
        page.locator("form[action$='/return'] button").click();
        page.waitForURL(url -> url.contains("done=returned"));
        assertThat(page.locator("p.meta .state").textContent()).isEqualTo("Draft");
        check(violations, "staff-draft-returned-en");
        signOut();

        signIn(KeycloakServer.METI_EDITOR);
        page.navigate(url("ja", "/staff/documents/" + slug));
        assertThat(page.locator("ol.remarks li.returned .remark-text").textContent())
                .isEqualTo("Name the edition in the English title.");
        check(violations, "staff-draft-returned-ja");
        page.navigate(url("en", "/staff/documents/" + slug + "/edit"));
        page.locator("#f-versions-en-title").fill("Test guidance on Quorvex sourcing (2026 edition)");
        page.locator("button[value=save]").click();
        page.waitForURL(url -> url.contains("done=saved"));
        page.locator("#f-changeNote").fill("Named the edition.");
        page.locator("form[action$='/submit'] button").click();
        page.waitForURL(url -> url.contains("done=submitted"));
        signOut();

        signIn(KeycloakServer.METI_REVIEWER);
        page.navigate(url("en", "/staff/documents/" + slug));
        page.locator("form[action$='/approve'] button").click();
        page.waitForURL(url -> url.contains("done=approved"));
        page.locator("form[action$='/publish'] button").click();
        page.waitForURL(url -> url.contains("done=published"));
        assertThat(page.locator("ol.history").textContent()).contains("Sent back").contains("Published");
        check(violations, "staff-published-history-en");
        assertThat(violations).isEmpty();
    }

    @Test
    void theTranslationPagesHaveNoAccessibilityViolation() throws Exception {
        assertThat(AXE).as("axe-core (installed by ./portal test)").exists();
        String slug = Documents.at(Stage.PUBLISHED, "JP", "public");
        Map<String, Object> englishChanged = Documents.body(slug, "JP", "public", "Quorvex");
        @SuppressWarnings("unchecked")
        Map<String, Object> versions = new java.util.LinkedHashMap<>((Map<String, Object>) englishChanged.get("versions"));
        @SuppressWarnings("unchecked")
        Map<String, Object> english = new java.util.LinkedHashMap<>((Map<String, Object>) versions.get("en"));
        english.put("body", "Companies must map every supplier of Quorvex.");
        versions.put("en", english);
        englishChanged.put("versions", versions);
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json").body(englishChanged)
                .put("/api/v1/documents/{slug}", slug).then().statusCode(200);
        Documents.publish(slug, "JP", "Stronger English wording.");
        signIn(KeycloakServer.METI_EDITOR);
        List<String> violations = new ArrayList<>();
        for (String lang : List.of("en", "ja")) {
            audit(violations, "staff-translations-" + lang, url(lang, "/staff/translations"));
        }
        audit(violations, "document-outdated-ja", url("ja", "/documents/" + slug));
        assertThat(page.locator(".notice-outdated").count()).isEqualTo(1);
        assertThat(violations).isEmpty();
    }

    @Test
    void theInboxHasNoAccessibilityViolation() throws Exception {
        assertThat(AXE).as("axe-core (installed by ./portal test)").exists();
        String slug = Documents.at(Stage.IN_REVIEW, "JP", "public");
        signIn(KeycloakServer.METI_REVIEWER);
        List<String> violations = new ArrayList<>();
        for (String lang : List.of("en", "ja")) {
            audit(violations, "staff-inbox-" + lang, url(lang, "/staff/inbox"));
            assertThat(page.locator(".inbox-waiting").textContent()).contains(slug);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theOtherGovernmentsEditorDoesNotSeeAMetiDraft() {
        String slug = Documents.at(Stage.DRAFT, "JP", "public");
        signIn(KeycloakServer.USTR_EDITOR);
        assertThat(page.locator("main").textContent()).doesNotContain(slug);
        assertThat(page.locator("h1").textContent()).isEqualTo("Staff workspace");
    }

    @Test
    void theStaffPagesHaveNoAccessibilityViolation() throws Exception {
        assertThat(AXE).as("axe-core (installed by ./portal test)").exists();
        String slug = Documents.at(Stage.PUBLISHED, "JP", "public");
        Map<String, Object> changed = Documents.body(slug, "JP", "public", "Quorvex-revised");
        Tokens.as(KeycloakServer.METI_EDITOR).contentType("application/json").body(changed)
                .put("/api/v1/documents/{slug}", slug).then().statusCode(200);
        signIn(KeycloakServer.METI_EDITOR);
        List<String> violations = new ArrayList<>();
        for (String lang : List.of("en", "ja")) {
            audit(violations, "staff-workspace-" + lang, url(lang, "/staff"));
            audit(violations, "staff-editor-" + lang, url(lang, "/staff/new"));
            audit(violations, "staff-draft-" + lang, url(lang, "/staff/documents/" + slug));
            page.navigate(url(lang, "/staff/new"));
            page.locator("#f-issued").fill("someday");
            page.locator("button[value=save]").click();
            page.waitForSelector(".error-summary");
            check(violations, "staff-editor-errors-" + lang);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theWebhooksPageHasNoAccessibilityViolation() throws Exception {
        assertThat(AXE).as("axe-core (installed by ./portal test)").exists();
        Tokens.as(KeycloakServer.ADMIN).contentType("application/json")
                .body(Map.of("url", "https://partner.example.org/" + Documents.newSlug("browser-hook")))
                .post("/api/v1/webhooks").then().statusCode(201);
        signIn(KeycloakServer.ADMIN);
        List<String> violations = new ArrayList<>();
        for (String lang : List.of("en", "ja")) {
            audit(violations, "staff-webhooks-" + lang, url(lang, "/staff/webhooks"));
            page.locator("#f-url").fill("ftp://partner.example.org/hook");
            page.locator("form.editor button[type=submit]").click();
            page.waitForSelector(".error-summary");
            check(violations, "staff-webhooks-errors-" + lang);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theAdministratorsPagesHaveNoAccessibilityViolation() throws Exception {
        assertThat(AXE).as("axe-core (installed by ./portal test)").exists();
        signIn(KeycloakServer.ADMIN);
        List<String> violations = new ArrayList<>();
        for (String lang : List.of("en", "ja")) {
            audit(violations, "staff-operations-" + lang, url(lang, "/staff/operations"));
            audit(violations, "staff-audit-" + lang, url(lang, "/staff/audit"));
        }
        assertThat(violations).isEmpty();
    }

    private void audit(List<String> violations, String name, String address) throws Exception {
        page.navigate(address);
        check(violations, name);
    }

    private void check(List<String> violations, String name) throws Exception {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(AXE)));
        Object found = page.evaluate("async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))");
        ((List<?>) found).forEach(v -> violations.add(name + ": " + v));
        photograph(name);
    }

    private void signIn(String user) {
        page.navigate(url("en", "/staff"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.endsWith("/en/staff"));
    }

    private void signOut() {
        page.locator("form.sign-out button").click();
        page.waitForURL(url -> url.endsWith("/en/") || url.endsWith("/ja/"));
    }

    /** Everything a new METI document needs except its English title. */
    private void fillNewDocument(String slug, String marker) {
        page.locator("#f-slug").fill(slug);
        page.locator("#f-type").selectOption("guidance");
        page.locator("#f-government").selectOption("JP");
        page.locator("#f-agency").selectOption("meti");
        page.locator("#f-topics-forced-labor").check();
        page.locator("#f-status").selectOption("in-force");
        page.locator("#f-binding-false").check();
        page.locator("#f-issued").fill("2026-10-01");
        page.locator("#f-sourceUrl").fill("https://www.meti.go.jp/policy/economy/business-jinken/index.html");
        page.locator("#f-versions-en-summary").fill("Guidance on " + marker + " for buyers.");
        page.locator("#f-versions-en-body").fill("## Scope\n\nBuyers of " + marker + " map their suppliers.");
        page.locator("#f-versions-ja-title").fill(marker + "の調達に関する手引");
        page.locator("#f-versions-ja-summary").fill(marker + "を調達する企業向けの手引です。");
        page.locator("#f-versions-ja-body").fill("## 対象\n\n" + marker + "を調達する企業は、取引先を把握します。");
    }

    private void photograph(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Chromium.photograph(page, SCREENSHOTS.resolve(name + ".png"));
    }

    private String url(String lang, String rest) {
        return base.toString().replaceAll("/$", "") + "/" + lang + rest;
    }
}
