package jpus.taskforce.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import jpus.taskforce.portal.testsupport.Chromium;
import jpus.taskforce.portal.testsupport.Indexing;

/**
 * The pages in a real browser (the system Chromium, driven by Playwright): what a reader does,
 * accessibility checked by axe-core (WCAG 2.1 A and AA, no serious or critical violation), page
 * weight, and screenshots of every page type in both languages at desktop and phone width under
 * target/screenshots for a reviewer to look at.
 */
@QuarkusTest
class BrowserTest {

    private static final Path AXE = Chromium.AXE;
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final int MAX_PAGE_BYTES = 200 * 1024;

    /** Every page type, as a path after the language segment. */
    private static final Map<String, String> PAGE_TYPES = Map.ofEntries(
            Map.entry("home", "/"),
            Map.entry("search", "/search?q=forced+labor"),
            Map.entry("search-empty", "/search?q=qwertyuiopasdfgh"),
            Map.entry("document", "/documents/us-uflpa"),
            Map.entry("side-by-side", "/documents/meti-guidelines-respecting-human-rights-2022?view=side-by-side"),
            Map.entry("topics", "/topics"),
            Map.entry("topic", "/topics/child-labor"),
            Map.entry("agency", "/agencies/meti"),
            Map.entry("compare", "/compare/forced-labor"),
            Map.entry("glossary", "/glossary"),
            Map.entry("goods", "/goods"),
            Map.entry("good", "/goods/cotton"),
            Map.entry("regions", "/regions"),
            Map.entry("region", "/regions/CN-XJ"),
            Map.entry("check", "/check?good=cotton&region=CN-XJ"),
            Map.entry("check-invalid", "/check?good=unobtainium"),
            Map.entry("not-found", "/documents/no-such-document"));


    @TestHTTPResource("/")
    URL base;

    @Inject
    Indexing indexing;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void open() {
        indexing.awaitIndexed();
        context = Chromium.shared().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private String url(String lang, String rest) {
        return base.toString().replaceAll("/$", "") + "/" + lang + rest;
    }

    @Test
    void aReaderNarrowsASearchWithFacets() {
        page.navigate(url("en", "/search?q=forced+labor"));
        int before = resultCount();
        page.locator("input[name=government][value=JP]").check();
        page.locator("input[name=government][value=US]").check();
        page.locator("aside.filters button[type=submit]").click();
        page.waitForURL("**government=US**");
        assertThat(page.url()).contains("government=JP").contains("government=US");
        assertThat(resultCount()).isPositive().isLessThan(before);
        assertThat(page.locator("ol.results .meta").allTextContents())
                .allMatch(meta -> meta.contains("Japan") || meta.contains("United States"));
    }

    @Test
    void theLanguageSwitchKeepsThePageAndTheQuery() {
        page.navigate(url("en", "/search?q=forced+labor&government=US"));
        page.locator("a.lang-switch").click();
        page.waitForURL("**/ja/search**");
        String target = URLDecoder.decode(page.url(), StandardCharsets.UTF_8);
        assertThat(target).contains("q=forced labor").contains("government=US");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ja");
    }

    @Test
    void aReaderOpensTheSideBySideView() {
        page.navigate(url("en", "/documents/us-uflpa"));
        page.getByText("Read English and Japanese side by side").click();
        page.waitForURL("**view=side-by-side**");
        assertThat(page.locator(".sbs-row .sbs-cell[lang=en]").count()).isGreaterThan(2);
        assertThat(page.locator(".sbs-row .sbs-cell[lang=ja]").count())
                .isEqualTo(page.locator(".sbs-row .sbs-cell[lang=en]").count());
        assertThat(page.locator(".sbs-cell[lang=ja] h2").first().textContent()).isNotBlank();
    }

    @Test
    void theComparisonPageSetsBothGovernmentsSideBySide() {
        page.navigate(url("ja", "/compare/forced-labor"));
        assertThat(page.locator(".compare .compare-column h2").allTextContents()).containsExactly("日本", "米国");
        assertThat(page.locator(".compare .compare-column").first().locator(".compare-item").count()).isPositive();
        assertThat(page.locator(".compare .compare-column").nth(1).locator(".compare-item").count()).isPositive();
        assertThat(page.locator(".badge-binding").first().textContent()).isEqualTo("法的拘束力あり");
    }

    @Test
    void theSearchBoxSuggestsAsTheReaderTypes() {
        page.navigate(url("ja", "/"));
        page.locator("#header-q").pressSequentially("強制", new Locator.PressSequentiallyOptions().setDelay(50));
        page.waitForFunction("() => [...document.querySelectorAll('#header-q-suggestions option')].some(o => o.value === '強制労働')");
        assertThat(page.locator("#header-q-suggestions option").evaluateAll("options => options.map(o => o.value)").toString())
                .contains("強制労働");
    }

    @Test
    void pagesRunWithoutAnyContentSecurityPolicyViolation() {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        for (String path : PAGE_TYPES.values()) {
            page.navigate(url("ja", path));
        }
        // The script's part: suggestions while typing, on a page with the header search box.
        page.navigate(url("ja", "/"));
        page.locator("#header-q").pressSequentially("強制", new Locator.PressSequentiallyOptions().setDelay(50));
        page.waitForFunction("() => document.querySelectorAll('#header-q-suggestions option').length > 0");
        assertThat(violations).isEmpty();
    }

    @Test
    void searchWorksWithoutJavaScript() {
        BrowserContext noScript = Chromium.shared().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        Page plain = noScript.newPage();
        plain.navigate(url("ja", "/"));
        plain.locator("#header-q").fill("児童労働");
        plain.locator("form.header-search button").click();
        plain.waitForURL("**/ja/search?q=**");
        assertThat(plain.locator("ol.results li").count()).isPositive();
        noScript.close();
    }

    @Test
    void aCompanyChecksAProductWithoutJavaScript() {
        BrowserContext noScript = Chromium.shared().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        Page plain = noScript.newPage();
        plain.navigate(url("en", "/"));
        plain.locator("nav.site-nav a[href='/en/check']").click();
        plain.waitForURL("**/en/check");
        plain.locator("#good").selectOption("cotton");
        plain.locator("#region").selectOption("CN-XJ");
        plain.locator("form.check-form button[type=submit]").click();
        plain.waitForURL("**/en/check?good=cotton&region=CN-XJ");
        assertThat(plain.locator("#answer-heading").textContent()).isEqualTo("What may apply to cotton from Xinjiang");
        assertThat(plain.locator("#rules-heading + p + ul a[href='/en/documents/us-uflpa']").count()).isEqualTo(1);
        assertThat(plain.locator("#lists-heading + p + ul .check-finding").count()).isPositive();
        noScript.close();
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ja" })
    void everyPageTypeHasNoSeriousAccessibilityViolation(String lang) throws Exception {
        assertThat(AXE).as("axe-core (installed by ./portal test)").exists();
        String axe = Files.readString(AXE);
        List<String> violations = new ArrayList<>();
        // axe is injected as an inline script, which the pages' own policy rightly forbids.
        BrowserContext audit = Chromium.shared().newContext(new Browser.NewContextOptions().setBypassCSP(true));
        Page page = audit.newPage();
        for (var type : PAGE_TYPES.entrySet()) {
            page.navigate(url(lang, type.getValue()));
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
            Object found = page.evaluate("async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
                    + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations"
                    + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))");
            ((List<?>) found).forEach(v -> violations.add(lang + " " + type.getKey() + ": " + v));
        }
        audit.close();
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ja" })
    void noPageWeighsMoreThan200KilobytesAndEveryTypeIsPhotographed(String lang) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        for (var type : PAGE_TYPES.entrySet()) {
            // A fresh context has an empty cache, so the page's weight counts everything it loads. The
            // phone's view is the same page narrowed: the layout is the style sheet's alone (no script
            // measures the window), so a second load would only cost time.
            BrowserContext fresh = Chromium.shared().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            Page shot = fresh.newPage();
            shot.navigate(url(lang, type.getValue()));
            Number bytes = (Number) shot.evaluate("() => performance.getEntriesByType('navigation')"
                    + ".concat(performance.getEntriesByType('resource'))"
                    + ".reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0)");
            assertThat(bytes.intValue()).as("bytes transferred for %s %s", lang, type.getKey()).isLessThanOrEqualTo(MAX_PAGE_BYTES);
            for (var device : Map.of("desktop", new int[] { 1280, 900 }, "phone", new int[] { 360, 780 }).entrySet()) {
                shot.setViewportSize(device.getValue()[0], device.getValue()[1]);
                Chromium.photograph(shot, SCREENSHOTS.resolve(type.getKey() + "-" + lang + "-" + device.getKey() + ".png"));
                int overflow = ((Number) shot.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"))
                        .intValue();
                assertThat(overflow).as("horizontal overflow of %s %s at %s", lang, type.getKey(), device.getKey())
                        .isLessThanOrEqualTo(0);
            }
            fresh.close();
        }
    }

    private int resultCount() {
        String text = page.locator(".result-count").textContent().replaceAll("[^0-9]", "");
        return Integer.parseInt(text);
    }
}
