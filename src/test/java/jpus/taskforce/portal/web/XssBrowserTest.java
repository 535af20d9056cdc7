package jpus.taskforce.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.publishing.Documents;
import jpus.taskforce.portal.testsupport.Chromium;
import jpus.taskforce.portal.testsupport.Indexing;
import jpus.taskforce.portal.testsupport.Tokens;

/**
 * Script payloads in everything a user can put on a page (a document's title, its Markdown, change
 * notes, an attachment's file name, search terms and facet values in the address) stay text in a
 * real browser: no dialog opens, no element of the payload's making exists, no javascript: link.
 */
@QuarkusTest
class XssBrowserTest {

    private static final String MARKER = "Xssquorum";
    private static final String TITLE = MARKER + " <script>alert('title')</script>\"><svg onload=alert('title-svg')>";
    private static final String BODY = """
            Opening paragraph about %s.

            <img src=x onerror="alert('img')">

            <script>alert('body')</script>

            [A javascript link](javascript:alert('link')) and [an encoded one](JaVaScRiPt:alert&#40;'link2'&#41;)

            "><svg onload=alert('svg')>

            <a href="javascript:alert('raw')">raw link</a>
            """.formatted(MARKER);
    private static final String CHANGE_NOTE = "Revised <img src=x onerror=alert('note')> \"><svg onload=alert('note-svg')>";
    private static final String FILE_NAME = "\"><img src=x onerror=alert('file')>.txt";
    private static final String QUERY = "\"><script>alert('q')</script><img src=x onerror=alert('q-img')>";
    private static final String FACET = "\"><svg onload=alert('facet')>";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Indexing indexing;

    @Test
    void payloadsInDocumentsSearchesAndHistoryStayInert() {
        String slug = hostileDocument();
        indexing.awaitIndexed();
        List<String> dialogs = new ArrayList<>();
        try (BrowserContext context = Chromium.shared().newContext()) {
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            Map<String, String> visits = new LinkedHashMap<>();
            visits.put("document", "/en/documents/" + slug);
            visits.put("diff", "/en/documents/" + slug + "/revisions/1/diff/2");
            visits.put("search results", "/ja/search?q=" + MARKER);
            visits.put("hostile search", "/en/search?q=" + encode(QUERY) + "&government=" + encode(FACET)
                    + "&topic=" + encode(FACET));
            for (Map.Entry<String, String> visit : visits.entrySet()) {
                page.navigate(base.toString().replaceAll("/$", "") + visit.getValue());
                assertInert(page, visit.getKey());
            }
            // Inert because the payloads are shown as text, not because the pages left them out.
            page.navigate(base.toString().replaceAll("/$", "") + visits.get("diff"));
            assertThat(page.locator("main").textContent()).as("the revised line on the diff page").contains("A revised line");
            page.navigate(base.toString().replaceAll("/$", "") + visits.get("search results"));
            assertThat(page.locator("main a[href*='/documents/" + slug + "']").count()).as("the hostile document among the results")
                    .isPositive();
            page.navigate(base.toString().replaceAll("/$", "") + "/en/documents/" + slug);
            assertThat(page.locator("h1").textContent()).as("the title, shown as text").contains("<script>");
            assertThat(page.locator(".history").textContent()).as("the change note, shown as text").contains("onerror=");
        }
        assertThat(dialogs).as("dialogs opened by a payload").isEmpty();
    }

    private static void assertInert(Page page, String what) {
        assertThat(page.locator("[onerror], [onload], [onclick], [onmouseover]").count()).as("event handlers on the %s page", what)
                .isZero();
        assertThat(page.locator("svg[onload], img[src=x]").count()).as("injected elements on the %s page", what).isZero();
        // The page's own structured data is the one inline script element it may have; a payload that
        // broke out of it would leave JSON that does not parse, or a script element of its own.
        assertThat(page.locator("script:not([src]):not([type='application/ld+json'])").count())
                .as("inline scripts on the %s page", what).isZero();
        Object structuredDataParses = page.evaluate("() => [...document.querySelectorAll('script[type=\"application/ld+json\"]')]"
                + ".every(s => { try { JSON.parse(s.textContent); return true; } catch (e) { return false; } })");
        assertThat(structuredDataParses).as("structured data of the %s page parses", what).isEqualTo(true);
        List<String> scripts = page.locator("script[src]").all().stream().map(s -> s.getAttribute("src")).toList();
        assertThat(scripts).as("scripts on the %s page", what).allMatch(src -> src.startsWith("/js/"));
        Object scriptLinks = page.evaluate("() => [...document.querySelectorAll('a[href]')]"
                + ".filter(a => a.protocol === 'javascript:').length");
        assertThat(((Number) scriptLinks).intValue()).as("javascript: links on the %s page", what).isZero();
    }

    /** Written through the API by the editor, with a file; published, then revised and published again. */
    private static String hostileDocument() {
        String slug = Documents.newSlug("xss");
        Map<String, Object> document = Documents.body(slug, "JP", "public", MARKER);
        document.put("versions", Map.of(
                "en", Map.of("title", TITLE, "summary", "Summary with <b>markup</b> of " + MARKER + ".", "body", BODY),
                "ja", Map.of("title", TITLE, "summary", MARKER + "の概要 <script>alert('ja')</script>", "body", BODY)));
        String editor = Documents.editorOf("JP");
        Tokens.as(editor).contentType("application/json").body(document).post("/api/v1/documents").then().statusCode(201);
        Tokens.as(editor).contentType("text/plain").body("A plain note.".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/documents/{slug}/attachments?name={name}", slug, FILE_NAME).then().statusCode(201);
        Documents.publish(slug, "JP", "First version <script>alert('first')</script>");

        document.put("versions", Map.of(
                "en", Map.of("title", TITLE, "summary", "Revised summary of " + MARKER + ".", "body", BODY + "\nA revised line <img src=x onerror=alert('rev')>.\n"),
                "ja", Map.of("title", TITLE, "summary", MARKER + "の改訂版の概要", "body", BODY)));
        Tokens.as(editor).contentType("application/json").body(document).put("/api/v1/documents/{slug}", slug).then().statusCode(200);
        Documents.publish(slug, "JP", CHANGE_NOTE);
        return slug;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
