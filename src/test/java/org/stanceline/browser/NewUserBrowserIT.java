package org.stanceline.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stanceline.PackagedApp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a new user met on a fresh install (issue 10): the views must survive sources without date,
 * title or outlet, and must not overflow their boxes.
 */
class NewUserBrowserIT {

    private static final String PASSWORD = "newuser-browser-secret";

    static PackagedApp app;
    static Playwright playwright;
    static Browser browser;
    static long undatedId;
    BrowserContext context;
    Page page;
    final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        playwright = BrowserHarness.playwright();
        Path temp = Files.createTempDirectory("stanceline-newuser");
        app = PackagedApp.start(temp.resolve("db/stanceline"), temp.resolve("app.log"),
                "-Dstanceline.analyst-password=" + PASSWORD);
        browser = BrowserHarness.launch(playwright);
        Files.createDirectories(BrowserHarness.SCREENSHOTS);
        String created = post("/api/sources", "text/plain",
                "A note with no date in it\n\nSergei Lavrov said Moscow would never accept foreign troops in Ukraine.\n");
        assertTrue(created.contains("\"id\":"), created);
        undatedId = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        String stored = app.get("/api/sources/" + undatedId);
        assertTrue(stored.contains("\"publishedOn\":null"), "the source is stored undated: " + stored);
        assertTrue(stored.contains("\"outlet\":null"), "the source is stored without outlet: " + stored);
    }

    @AfterAll
    static void stop() throws Exception {
        BrowserHarness.closeAll(browser, playwright, app);
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setTimezoneId("UTC"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onPageError(pageErrors::add);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theSourcesTabRendersAnUndatedUntitledOutletLessSource() {
        // The API sends a null title for sources stored before titles were derived (and from restores);
        // blank it here on the real response so one source has every nullable field null.
        page.route(url -> url.contains("/api/sources"), NewUserBrowserIT::blankTitle);

        page.navigate(app.url("/?view=sources"));
        assertThat(page.getByTestId("source-item-" + undatedId)).isVisible();
        assertThat(page.getByTestId("source-item-" + undatedId)).containsText("Untitled source " + undatedId);
        assertThat(page.getByTestId("source-item-" + undatedId)).containsText("outlet unknown · undated");

        page.getByTestId("source-item-" + undatedId).click();
        assertThat(page.getByTestId("source-reader")).isVisible();
        assertThat(page.locator("#reader-title")).hasText("Untitled source " + undatedId);
        assertThat(page.getByTestId("source-reader")).containsText("outlet unknown · undated");
        BrowserHarness.screenshot(page, "newuser-sources-undated");

        page.navigate(app.url("/?view=sources&source=" + undatedId));
        assertThat(page.getByTestId("source-reader")).containsText("Lavrov");
        assertEquals(List.of(), pageErrors, "no script errors");
    }

    @Test
    void everyViewRendersWithTheUndatedSourceInTheCorpus() {
        for (String view : List.of("overview", "statements", "escalation", "sources", "shifts")) {
            page.navigate(app.url("/?view=" + view));
            page.waitForLoadState();
            assertThat(page.getByTestId("state-loading")).hasCount(0);
        }
        page.navigate(app.url("/?view=statements&actors=moscow"));
        assertThat(page.locator("table")).isVisible();
        assertEquals(List.of(), pageErrors, "no script errors");
    }

    @Test
    void theTabBarNeverScrollsAndTheEventNumbersStayInTheirColumn() {
        for (String view : List.of("overview", "statements", "escalation", "sources", "shifts")) {
            page.navigate(app.url("/?view=" + view));
            assertThat(page.locator(".tabs")).isVisible();
            Object overflow = page.locator(".tabs").evaluate(
                    "t => [t.scrollHeight - t.clientHeight, t.scrollWidth - t.clientWidth]");
            assertEquals(List.of(0, 0), overflow, "tab bar overflow (height, width) in " + view);
        }
        page.navigate(app.url("/"));
        assertThat(page.getByTestId("event-key")).isVisible();
        // With the numbers inside the items, every item's box holds its number: boxes must not overlap
        // and must stay inside the list.
        Object problems = page.getByTestId("event-key").evaluate("""
                ol => {
                  const box = ol.getBoundingClientRect();
                  const items = [...ol.children].map(li => li.getBoundingClientRect());
                  const out = [];
                  items.forEach((a, i) => {
                    if (a.left < box.left - 0.5 || a.right > box.right + 0.5) out.push('item ' + (i + 1) + ' outside the list');
                    items.forEach((b, j) => {
                      if (j > i && a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
                        out.push('items ' + (i + 1) + ' and ' + (j + 1) + ' overlap');
                    });
                  });
                  if (getComputedStyle(ol.children[0]).listStylePosition !== 'inside') out.push('numbers outside the items');
                  return out;
                }""");
        assertEquals(List.of(), problems);
        BrowserHarness.screenshot(page, "newuser-overview-tabs-events");
    }

    @Test
    void theEmbedFitsA900By560FrameWithoutScrollbars() {
        BrowserContext small = browser.newContext(new Browser.NewContextOptions().setViewportSize(900, 560).setTimezoneId("UTC"));
        try {
            Page embed = small.newPage();
            embed.navigate(app.url("/embed/timeline?topic=troops&actors=moscow,london,paris"));
            assertThat(embed.getByTestId("timeline-chart").locator("svg")).isVisible();
            Object overflow = embed.evaluate("() => { const e = document.scrollingElement;"
                    + " return [e.scrollHeight - e.clientHeight, e.scrollWidth - e.clientWidth]; }");
            assertEquals(List.of(0, 0), overflow, "embed overflow (height, width) at 900×560");
            Object chartHeight = embed.getByTestId("timeline-chart").evaluate("c => Math.round(c.getBoundingClientRect().height)");
            assertTrue(((Number) chartHeight).intValue() >= 160, "the chart keeps a readable height: " + chartHeight);
            BrowserHarness.screenshot(embed, "newuser-embed-900x560");
        } finally {
            small.close();
        }
    }

    private static void blankTitle(Route route) {
        String body = route.fetch().text();
        route.fulfill(new Route.FulfillOptions().setContentType("application/json")
                .setBody(body.replace("\"title\":\"A note with no date in it\"", "\"title\":null")));
    }

    static String post(String path, String type, String body) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("analyst:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", type).header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        return r.body();
    }
}
