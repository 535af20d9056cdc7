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

    /** A whole page as a reviewer looks at it, written to {@code file} (PNG). */
    public static Page.ScreenshotOptions photo(Path file) {
        return new Page.ScreenshotOptions().setFullPage(true).setPath(file);
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
