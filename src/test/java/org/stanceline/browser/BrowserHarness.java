package org.stanceline.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;
import org.stanceline.PackagedApp;

import java.io.IOException;
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

    /**
     * A data folder with the reference files only (topics, actors, speakers), so that the app starts without
     * the demo corpus and a test sees only what it adds.
     */
    static Path referenceDataOnly(Path temp) throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        for (String file : List.of("topics.json", "actors.json", "speakers.json")) {
            Files.copy(Path.of("data", file), data.resolve(file));
        }
        return data;
    }

    /** The Review tab in a new 1280 × 900 window, with 20 s for each step (a 2-core machine may be busy). */
    static Page reviewPage(BrowserContext context, PackagedApp app) {
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        page.navigate(app.url("/?view=review"));
        return page;
    }

    static BrowserContext window(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    /** Signs in through the form (the caller asserts what the page shows then). */
    static void signIn(Page page, String user, String password) {
        page.getByTestId("login-user").fill(user);
        page.getByTestId("login-password").fill(password);
        page.getByTestId("login-submit").click();
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
