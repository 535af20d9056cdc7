package jpus.taskforce.portal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/** The system Chromium (installed by ./portal test) for the browser tests; Playwright never downloads one. */
public final class Chromium {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    /** axe-core, installed by ./portal test into build/test-tools. */
    public static final Path AXE = Path.of("build/test-tools/node_modules/axe-core/axe.min.js");

    private Chromium() {
    }

    public static Browser launch(Playwright playwright) {
        assertThat(EXECUTABLE).as("Chromium (installed by ./portal test)").exists();
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }
}
