package jpus.taskforce.portal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** The system Chromium (installed by ./portal test) for the browser tests; Playwright never downloads one. */
public final class Chromium {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    /** axe-core, installed by ./portal test into build/test-tools. */
    public static final Path AXE = Path.of("build/test-tools/node_modules/axe-core/axe.min.js");

    private Chromium() {
    }

    private static Playwright playwright;
    private static Browser shared;

    /**
     * One browser for every browser test of the run: launching Chromium costs seconds, a fresh context
     * (own cookies, storage and viewport) per test costs milliseconds and isolates the tests as well.
     * It ends with the test JVM, which takes Playwright's driver and Chromium with it.
     */
    public static synchronized Browser shared() {
        if (shared == null || !shared.isConnected()) {
            playwright = Playwright.create();
            shared = launch(playwright);
        }
        return shared;
    }

    /**
     * Tallest photograph taken, in CSS pixels: about nine desktop screens. A reviewer judges a page's
     * layout from its first screens, the overflow checks cover the whole page anyway, and a long list
     * such as the glossary, photographed whole, costs seconds per photograph.
     */
    private static final int MAX_PHOTO_HEIGHT = 8_000;

    /** Photographs a page as a reviewer looks at it, whole up to {@link #MAX_PHOTO_HEIGHT}, into {@code file} (PNG). */
    public static void photograph(Page page, Path file) {
        Page.ScreenshotOptions options = new Page.ScreenshotOptions().setFullPage(true).setPath(file);
        Number height = (Number) page.evaluate("() => document.documentElement.scrollHeight");
        if (height.intValue() > MAX_PHOTO_HEIGHT) {
            options.setClip(0, 0, page.viewportSize().width, MAX_PHOTO_HEIGHT);
        }
        page.screenshot(options);
    }

    private static Browser launch(Playwright playwright) {
        assertThat(EXECUTABLE).as("Chromium (installed by ./portal test)").exists();
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }
}
