package org.stanceline.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stanceline.PackagedApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The matrix view at the size it must stay readable at: the demo corpus plus synthetic capitals and questions
 * make 50 capitals × 10 questions. Sort, filter and both sticky headers are checked in Chromium, and a
 * screenshot is saved as target/screenshots/matrix-50x10.png (and changes-since.png for the changes view).
 */
class MatrixBrowserIT {

    static final int ACTORS = 50;
    static final int TOPICS = 10;
    static final String VIEWER_PASSWORD = "browser-watcher-secret";

    static Path temp;
    static PackagedApp app;
    static Playwright playwright;
    static Browser browser;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void start() throws Exception {
        // The packaged app shares two cores with other builds: give each assertion the page's own timeout.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = BrowserHarness.playwright();
        temp = Files.createTempDirectory("stanceline-matrix");
        Path data = widenedCorpus(temp.resolve("data"));
        app = PackagedApp.start(temp.resolve("db/stanceline"), temp.resolve("app.log"),
                "-Dstanceline.data-dir=" + data, "-Dstanceline.analyst-password=" + VIEWER_PASSWORD);
        browser = BrowserHarness.launch(playwright);
        Files.createDirectories(BrowserHarness.SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        BrowserHarness.closeAll(browser, playwright, app);
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setTimezoneId("UTC"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void matrixOfFiftyCapitalsAndTenQuestionsSortsFiltersAndKeepsItsHeaders() {
        page.navigate(app.url("/?view=matrix"));
        assertThat(page.getByTestId("tab-matrix")).hasAttribute("aria-selected", "true");
        Locator rows = page.getByTestId("matrix-row");
        assertThat(rows).hasCount(ACTORS);
        assertThat(page.locator("[data-testid=matrix] thead th")).hasCount(TOPICS + 1);
        Locator paris = page.locator("[data-testid=matrix-row][data-actor=paris] [data-testid=matrix-cell]").first();
        assertTrue(paris.getAttribute("class").contains("stance-"), "Paris has a position on troops");
        assertTrue(paris.locator("a").getAttribute("href").contains("topic=troops&actors=paris"));
        BrowserHarness.screenshot(page, "matrix-50x10");

        // Sticky headers: scrolled down and right, the question row and the capital column stay in view.
        Locator box = page.getByTestId("matrix-scroll");
        BoundingBox frame = box.boundingBox();
        box.evaluate("el => { el.scrollTop = el.scrollHeight; el.scrollLeft = el.scrollWidth; }");
        BoundingBox header = page.locator("[data-testid=matrix] thead th").nth(3).boundingBox();
        BoundingBox lastActor = page.locator("[data-testid=matrix-row] th").last().boundingBox();
        assertEquals(frame.y, header.y, 2.0, "the question headers stick to the top");
        assertEquals(frame.x, lastActor.x, 2.0, "the capital names stick to the left");

        // Sort by troops, most supportive first: the stances down the column never rise.
        page.getByTestId("matrix-sort-troops").click();
        List<Integer> stances = page.locator("[data-testid=matrix-row]").all().stream()
                .map(r -> r.locator("[data-testid=matrix-cell]").first().getAttribute("data-stance"))
                .takeWhile(s -> s != null).map(Integer::parseInt).toList();
        assertTrue(stances.size() >= 5, stances.toString());
        assertEquals(stances.stream().sorted(Comparator.reverseOrder()).toList(), stances);
        assertThat(page.locator("th[aria-sort=descending]")).hasCount(1);

        page.getByTestId("matrix-filter").fill("par");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).hasAttribute("data-actor", "paris");
        page.getByTestId("matrix-filter").fill("");
        page.getByTestId("matrix-hide-empty").check();
        assertThat(rows).hasCount(6);
    }

    @Test
    void changesSinceADateListsShiftsByQuestionAndCapital() {
        page.navigate(app.url("/?view=changes&since=2025-12-01"));
        assertThat(page.getByTestId("tab-changes")).hasAttribute("aria-selected", "true");
        assertThat(page.getByTestId("changes-topic").first()).isVisible();
        assertTrue(page.getByTestId("changes-actor").count() > 0);
        assertThat(page.getByTestId("changes-feed").first()).hasAttribute("href", "/feeds/troops.atom");
        // Watching the question and a capital gives this reader's own feed address in the Alerts panel.
        page.getByTestId("watch-topics-troops").click();
        Locator capital = page.locator("[data-testid=changes-topic][data-topic=troops] [data-testid=changes-actor]").first();
        String actor = capital.getAttribute("data-actor");
        capital.getByTestId("watch-actors-" + actor).click();
        assertThat(page.getByTestId("alerts-feed")).hasAttribute("href", app.url("/feeds/troops.atom?actors=" + actor));
        BrowserHarness.screenshot(page, "changes-since");
        // The visit is remembered: opened again without a date, the view offers "since my last visit".
        page.navigate(app.url("/?view=changes"));
        assertThat(page.getByTestId("changes-last-visit")).isVisible();
    }

    @Test
    void aSignedInReaderWatchesParisAndGetsAPersonalFeedAddress() {
        page.navigate(app.url("/?view=review"));
        page.getByTestId("login-user").fill("analyst");
        page.getByTestId("login-password").fill(VIEWER_PASSWORD);
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("login-status")).containsText("analyst");

        page.getByTestId("tab-changes").click();
        Locator panel = page.getByTestId("alerts-panel");
        assertThat(panel).containsText("Signed in as");
        assertThat(page.getByTestId("alerts-sign-in-hint")).hasCount(0);
        page.getByTestId("alerts-actor").selectOption("paris");
        page.getByTestId("alerts-watch-actor").click();

        Locator feed = page.getByTestId("alerts-personal-feed");
        assertThat(feed).isVisible();
        String href = feed.getAttribute("href");
        assertTrue(href.matches(java.util.regex.Pattern.quote(app.url("/feeds/watch/")) + "[A-Za-z0-9_-]{43}\\.atom"),
                href);
        assertThat(page.locator("[data-testid=alerts-watch][data-kind=actor][data-key=paris]")).containsText("Paris");
        assertThat(page.getByTestId("alerts-webhooks")).containsText("/api/webhooks");
        BrowserHarness.screenshot(page, "alerts-watching-paris");

        // The address works without the session (a feed reader has none) and lists Paris's statements.
        com.microsoft.playwright.APIRequestContext reader = playwright.request().newContext();
        com.microsoft.playwright.APIResponse atom = reader.get(href);
        assertEquals(200, atom.status());
        assertTrue(atom.headers().get("content-type").startsWith("application/atom+xml"));
        assertTrue(atom.text().contains("<category term=\"paris\""), "Paris entries");
        reader.dispose();

        // Kept on the server: a reload shows the watch, and Unwatch removes it.
        page.reload();
        Locator watched = page.locator("[data-testid=alerts-watch][data-key=paris]");
        assertThat(watched).hasCount(1);
        page.getByTestId("unwatch-actor-paris").click();
        assertThat(watched).hasCount(0);
        assertThat(feed).hasAttribute("href", href);
    }

    /** The demo corpus with synthetic capitals and questions added up to 50 × 10 (they have no statements). */
    static Path widenedCorpus(Path target) throws Exception {
        Path source = Path.of("data").toAbsolutePath();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        ArrayNode actors = (ArrayNode) json.readTree(target.resolve("actors.json").toFile());
        for (int i = actors.size() + 1; actors.size() < ACTORS; i++) {
            ObjectNode a = actors.addObject();
            a.put("key", "capital-" + i).put("name", "Capital " + i).put("country", "Country " + i)
                    .put("colour", String.format("#%06X", (i * 2654435) & 0xFFFFFF)).put("displayOrder", 100 + i);
        }
        json.writerWithDefaultPrettyPrinter().writeValue(target.resolve("actors.json").toFile(), actors);
        ArrayNode topics = (ArrayNode) json.readTree(target.resolve("topics.json").toFile());
        for (int i = topics.size() + 1; topics.size() < TOPICS; i++) {
            ObjectNode t = topics.addObject();
            t.put("key", "question-" + i).put("question", "Synthetic question number " + i + "?")
                    .put("displayOrder", 100 + i);
            t.putObject("scaleLabels").put("-2", "blocks").put("-1", "opposes").put("0", "undecided")
                    .put("1", "open to").put("2", "advocates");
        }
        json.writerWithDefaultPrettyPrinter().writeValue(target.resolve("topics.json").toFile(), topics);
        return target;
    }
}
