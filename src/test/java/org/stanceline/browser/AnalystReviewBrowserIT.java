package org.stanceline.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.stanceline.PackagedApp;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst pastes a raw seed article into the review view of an installation that knows the speakers but
 * none of the statements, confirms the proposals, and the timeline moves.
 */
class AnalystReviewBrowserIT {

    private static final String PASSWORD = "browser-test-secret";

    @Test
    void pastedArticleIsProposedReviewedAndMovesTheTimeline() throws Exception {
        Path temp = Files.createTempDirectory("stanceline-review");
        Path data = BrowserHarness.referenceDataOnly(temp);
        String article = Files.readString(Path.of("src/test/resources/ingest/seeds/003_08a4fc1ee9be0eba.txt"));
        try (Playwright playwright = BrowserHarness.playwright();
             PackagedApp app = PackagedApp.start(temp.resolve("db/stanceline"), temp.resolve("app.log"),
                     "-Dstanceline.data-dir=" + data, "-Dstanceline.analyst-password=" + PASSWORD)) {
            assertTrue(app.get("/api/statements?topic=troops&actor=moscow").contains("\"total\":0"));
            Browser browser = BrowserHarness.launch(playwright);
            Page page = BrowserHarness.reviewPage(BrowserHarness.window(browser), app);

            BrowserHarness.signIn(page, "analyst", PASSWORD);
            assertThat(page.getByTestId("login-status")).containsText("analyst");
            Object stored = page.evaluate("() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage })");
            assertTrue(!stored.toString().contains(PASSWORD) && !stored.toString().contains("Basic"),
                    "no credential in browser storage: " + stored);

            page.getByTestId("paste-text").fill(article);
            page.getByTestId("ingest-date").fill("2026-01-08");
            page.getByTestId("paste-submit").click();

            Locator items = page.getByTestId("review-item");
            assertThat(items.first()).isVisible();
            assertTrue(items.count() >= 4, "the article's statements are proposed: " + items.count());
            assertThat(page.locator("[data-testid=review-item][data-status=proposed]").first()).isVisible();
            assertThat(page.locator("[data-testid=review-text] .st-proposed").first()).isVisible();
            assertThat(page.getByTestId("review-list")).containsText("Zakharova");
            BrowserHarness.screenshot(page, "review-proposed");

            page.getByTestId("review-confirm-all").click();
            // One all-or-nothing call: the list changes when all are confirmed, which on a busy machine takes seconds.
            assertThat(page.locator("[data-testid=review-item][data-status=proposed]")).hasCount(0,
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(30_000));
            assertThat(page.locator("[data-testid=review-item][data-status=confirmed]").first()).isVisible();
            BrowserHarness.screenshot(page, "review-confirmed");

            String moscow = app.get("/api/statements?topic=troops&actor=moscow&size=50");
            assertTrue(!moscow.contains("\"total\":0") && moscow.contains("Zakharova"),
                    "confirmed proposals reach the statements list: " + moscow);
            String timeline = app.get("/api/timeline?topic=troops&actors=moscow&bucket=month");
            assertTrue(timeline.contains("\"position\":-2"), "Moscow's position now shows: " + timeline);
            String id = moscow.replaceAll("(?s).*?\"items\":\\[\\{\"id\":(\\d+).*", "$1");
            String revisions = app.get("/api/statements/" + id + "/revisions");
            assertTrue(revisions.contains("\"by\":\"analyst\""), "the confirmation is in the history: " + revisions);
            browser.close();
        }
    }
}
