package org.stanceline.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright; Playwright's own browser download is always skipped. Where no
 * Chromium is installed the browser tests are skipped, unless STANCELINE_REQUIRE_BROWSER=1 (CI) makes
 * that a failure.
 */
final class BrowserHarness {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("STANCELINE_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private BrowserHarness() {
    }

    static Playwright playwright() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && "1".equals(System.getenv("STANCELINE_REQUIRE_BROWSER"))) {
            throw new AssertionError("Chromium not found at " + CHROMIUM + " (apt-get install chromium)");
        }
        Assumptions.assumeTrue(present, "Chromium not installed at " + CHROMIUM + ": browser tests skipped");
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static void screenshot(com.microsoft.playwright.Page page, String name) {
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Closes the browser, Playwright and the app in that order, skipping any that never started. */
    static void closeAll(AutoCloseable... started) throws Exception {
        for (AutoCloseable c : started) {
            if (c != null) {
                c.close();
            }
        }
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
