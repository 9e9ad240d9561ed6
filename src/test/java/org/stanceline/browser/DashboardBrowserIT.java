package org.stanceline.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stanceline.PackagedApp;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard in headless Chromium against the packaged application with the demo corpus. */
class DashboardBrowserIT {

    static final List<String> FIVE = List.of("moscow", "london", "paris", "washington", "kyiv");

    static Path temp;
    static PackagedApp app;
    static Playwright playwright;
    static Browser browser;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void start() throws Exception {
        playwright = BrowserHarness.playwright();
        temp = Files.createTempDirectory("stanceline-browser");
        app = PackagedApp.start(temp.resolve("db/stanceline"), temp.resolve("app.log"));
        browser = BrowserHarness.launch(playwright);
        Files.createDirectories(BrowserHarness.SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        BrowserHarness.closeAll(browser, playwright, app);
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setAcceptDownloads(true).setTimezoneId("UTC"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void overviewRendersASeriesForEachOfTheFiveCapitals() {
        page.navigate(app.url("/"));
        Locator chart = page.getByTestId("timeline-chart");
        assertThat(chart.locator("svg")).isVisible();
        Set<String> actors = Set.of(chart.getAttribute("data-actors").split(","));
        assertTrue(actors.containsAll(FIVE), "series drawn: " + actors);
        assertTrue(Integer.parseInt(chart.getAttribute("data-statement-count")) > 20);
        assertThat(page.getByTestId("chart-summary")).containsText("Moscow");
        for (String capital : List.of("Moscow", "London", "Paris", "Washington", "Kyiv")) {
            assertThat(chart).containsText(capital);
        }
        screenshot("overview");
    }

    @Test
    void hoveringAndClickingAMarkerShowsItsQuote() throws Exception {
        page.navigate(app.url("/?actors=moscow"));
        Locator chart = page.getByTestId("timeline-chart");
        assertThat(chart.locator("svg")).isVisible();
        List<double[]> markers = markerCentres(chart, "#D55E00");
        assertFalse(markers.isEmpty(), "Moscow's statement markers are drawn");
        double[] last = markers.get(markers.size() - 1);
        page.mouse().move(last[0], last[1]);
        Locator tooltip = page.locator(".chart-tooltip");
        assertThat(tooltip).isVisible();
        String hover = tooltip.innerText();
        assertTrue(hover.contains("2026") || hover.contains("2025"), "tooltip shows the date: " + hover);
        screenshot("overview-hover");

        page.mouse().click(last[0], last[1]);
        Locator panel = page.getByTestId("statement-panel");
        assertThat(panel).isVisible();
        String quote = page.getByTestId("panel-quote").innerText();
        assertTrue(quote.length() > 10, "full quote in the side panel: " + quote);
        assertThat(page.getByTestId("panel-cues")).not().isEmpty();
        assertTrue(page.url().contains("statement="), "the open statement is in the URL: " + page.url());
        String id = page.url().replaceAll(".*statement=(\\d+).*", "$1");
        String json = app.get("/api/statements/" + id);
        String title = json.replaceAll("(?s).*\"source\":\\{[^}]*\"title\":\"([^\"]*)\".*", "$1");
        assertThat(panel).containsText(title);
        assertTrue(json.contains(normalise(quote).substring(0, 20)), "panel quote is the API's quote: " + quote);
        screenshot("statement-panel");

        page.getByTestId("show-in-source").click();
        Locator highlight = page.locator("[data-testid^=source-highlight-].st-current");
        assertThat(highlight).isVisible();
        assertTrue(normalise(quote).contains(normalise(highlight.innerText()))
                || normalise(highlight.innerText()).contains(normalise(quote)), "the highlighted span is the quote");
        screenshot("source-reader");
    }

    @Test
    void changingAFilterChangesTheUrlAndAReloadRestoresIt() {
        page.navigate(app.url("/"));
        assertThat(page.getByTestId("timeline-chart").locator("svg")).isVisible();
        Locator london = page.getByTestId("actor-toggle-london");
        assertThat(london).hasAttribute("aria-pressed", "true");
        london.click();
        assertThat(london).hasAttribute("aria-pressed", "false");
        String url = page.url();
        assertTrue(url.contains("actors="), "actor selection in the URL: " + url);
        assertFalse(url.replaceAll(".*actors=([^&]*).*", "$1").contains("london"), url);

        page.getByTestId("bucket-select").selectOption("week");
        page.waitForURL(u -> u.contains("bucket=week"));
        page.reload();
        assertThat(page.getByTestId("actor-toggle-london")).hasAttribute("aria-pressed", "false");
        assertThat(page.getByTestId("bucket-select")).hasValue("week");
        String actors = page.getByTestId("timeline-chart").getAttribute("data-actors");
        assertFalse(actors.contains("london"), "reloaded chart without London: " + actors);

        page.goBack();
        page.waitForURL(u -> !u.contains("bucket=week"));
        assertThat(page.getByTestId("bucket-select")).hasValue("month");
    }

    @Test
    void relativePeriodsStayRelativeInTheUrl() {
        page.navigate(app.url("/"));
        page.getByTestId("period-preset").selectOption("365d");
        page.waitForURL(u -> u.contains("period=365d"));
        assertFalse(page.url().contains("from="), "a relative period is not frozen into dates: " + page.url());
    }

    @Test
    void theEmbedPageRendersInsideAnIframeOfAnotherOrigin() throws Exception {
        String embedUrl = app.url("/embed/timeline?topic=troops&actors=moscow,london,paris");
        String dashboardUrl = app.url("/");
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            byte[] html = ("<!doctype html><html><head><title>Report</title></head><body><h1>A report</h1>"
                    + "<iframe id=embed title=chart width=800 height=520 src='" + embedUrl + "'></iframe>"
                    + "<iframe id=full title=full width=400 height=300 src='" + dashboardUrl + "'></iframe>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        other.start();
        try {
            page.navigate("http://localhost:" + other.getAddress().getPort() + "/");
            FrameLocator embed = page.frameLocator("#embed");
            assertThat(embed.getByTestId("timeline-chart").locator("svg")).isVisible();
            assertThat(embed.getByTestId("chart-title")).not().isEmpty();
            assertThat(embed.getByTestId("embed-source")).containsText("Stanceline");
            assertThat(embed.getByTestId("embed-full-view")).isVisible();
            screenshot("embed-in-iframe");
            // The dashboard itself refuses to be framed (clickjacking): its app never renders in the frame.
            page.waitForTimeout(1500);
            assertEquals(0, page.frameLocator("#full").getByTestId("app").count(), "the dashboard must not render framed");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void theEmbedPageWorksWithoutJavaScriptAndAdvertisesOembed() throws Exception {
        String html = app.get("/embed/timeline?topic=troops&actors=moscow,london&bucket=week");
        assertTrue(html.contains("<noscript>"), html);
        assertTrue(html.contains("/charts/timeline.png?topic=troops&amp;actors=moscow,london&amp;bucket=week"),
                "the static image shows the embedded view: " + html);
        assertTrue(html.contains("application/json+oembed") && html.contains("url=http%3A%2F%2F127.0.0.1"),
                "oEmbed discovery link with this page's absolute address: " + html);
    }

    @Test
    void downloadsAreNonEmptyAndValid() throws Exception {
        page.navigate(app.url("/"));
        assertThat(page.getByTestId("timeline-chart").locator("svg")).isVisible();

        Path svg = download("download-svg", "chart.svg");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null
                ? doc.getDocumentElement().getNodeName() : doc.getDocumentElement().getLocalName());
        String svgText = Files.readString(svg);
        assertTrue(svgText.contains("Stanceline"), "source line in the SVG");
        assertTrue(svgText.contains("Moscow"), "legend in the SVG");

        Path png = download("download-png", "chart.png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a decodable PNG");
        assertTrue(image.getWidth() > 400 && image.getHeight() > 200, image.getWidth() + "x" + image.getHeight());

        Path csv = download("download-csv", "statements.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.size() > 20, "one row per statement: " + lines.size());
        String header = lines.get(0).replace("\uFEFF", "").toLowerCase();
        assertTrue(header.contains("quote") && header.contains("source"), header);
    }

    @Test
    void keyboardAloneReachesAndTogglesTheActorToggles() {
        page.navigate(app.url("/"));
        assertThat(page.getByTestId("timeline-chart").locator("svg")).isVisible();
        String focused = "";
        for (int i = 0; i < 40 && !focused.startsWith("actor-toggle-"); i++) {
            page.keyboard().press("Tab");
            focused = String.valueOf(page.evaluate("() => document.activeElement?.getAttribute('data-testid') || ''"));
        }
        assertTrue(focused.startsWith("actor-toggle-"), "Tab reaches an actor toggle, got '" + focused + "'");
        Locator toggle = page.getByTestId(focused);
        String before = toggle.getAttribute("aria-pressed");
        page.keyboard().press("Space");
        assertThat(toggle).not().hasAttribute("aria-pressed", before);
        assertNotNull(toggle.getAttribute("aria-label") != null ? toggle.getAttribute("aria-label") : toggle.innerText());
    }

    @Test
    void everyViewRendersAndIsPhotographed() {
        page.navigate(app.url("/"));
        assertThat(page.getByTestId("timeline-chart").locator("svg")).isVisible();
        for (String view : List.of("escalation", "statements", "sources", "shifts")) {
            page.getByTestId("tab-" + view).click();
            assertThat(page.getByTestId("tab-" + view)).hasAttribute("aria-selected", "true");
            assertTrue(page.url().contains("view=" + view), page.url());
            assertThat(page.getByTestId("state-loading")).hasCount(0);
            screenshot(view);
        }
        page.getByTestId("tab-escalation").click();
        Locator cell = page.locator("[data-testid^=escalation-cell-moscow-]").last();
        cell.click();
        assertTrue(page.url().contains("view=statements"), "a grid cell opens its statements: " + page.url());
        assertThat(page.getByTestId("statement-row").first()).isVisible();

        page.getByTestId("tab-shifts").click();
        assertThat(page.getByTestId("shift-item").first()).isVisible();
        page.navigate(app.url("/?from=1990-01-01&to=1990-12-31"));
        assertThat(page.getByTestId("state-empty").first()).isVisible();
        screenshot("empty-range");
    }

    /** A month-dated shift reads "March 2025" in the Shifts tab, its week-dated predecessor "week of 17 February 2025", never a bare day. */
    @Test
    void shiftsTabDatesEachStatementWithItsPrecision() {
        page.navigate(app.url("/?view=shifts&topic=troops&from=2025-02-01&to=2026-01-31"));
        // Lavrov's month-dated statement hardens Moscow's week-dated position of 17 February 2025 (the corpus
        // re-coded by docs/CODEBOOK.md no longer makes Putin's January 2026 statement a shift).
        Locator lavrov = page.getByTestId("shift-item").filter(new Locator.FilterOptions().setHasText("Sergey Lavrov"))
                .filter(new Locator.FilterOptions().setHasText("Moscow, March 2025:"));
        assertThat(lavrov.first()).isVisible();
        String text = lavrov.first().innerText();
        assertTrue(text.contains("After · March 2025 Sergey Lavrov"), text);
        assertFalse(java.util.regex.Pattern.compile("(?<!\\d)1 March 2025").matcher(text).find(), text);
        assertTrue(text.contains("week of 17 February 2025"), text);
        assertFalse(java.util.regex.Pattern.compile("(?<!of )17 February 2025").matcher(text).find(), text);
        screenshot("shifts-precision");
    }

    private Path download(String testId, String name) throws Exception {
        Download download = page.waitForDownload(() -> page.getByTestId(testId).click());
        Path target = temp.resolve(name);
        download.saveAs(target);
        assertTrue(Files.size(target) > 100, name + " is not empty");
        Files.copy(target, BrowserHarness.SCREENSHOTS.resolve("download-" + name),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Centres of the chart's statement markers of one actor colour, in page coordinates, left to right. */
    @SuppressWarnings("unchecked")
    private List<double[]> markerCentres(Locator chart, String colour) {
        List<List<Number>> points = (List<List<Number>>) chart.evaluate("(el, colour) => {"
                + "  const norm = c => (c || '').toLowerCase().replace(/\\s/g, '');"
                + "  const hex = colour.toLowerCase();"
                + "  const rgb = 'rgb(' + [1,3,5].map(i => parseInt(hex.substr(i,2),16)).join(',') + ')';"
                + "  return [...el.querySelectorAll('svg path')]"
                + "    .filter(p => [hex, rgb].includes(norm(p.getAttribute('fill'))))"
                + "    .map(p => p.getBoundingClientRect())"
                + "    .filter(r => r.width > 3 && r.width < 30 && r.height > 3 && r.height < 30)"
                + "    .map(r => [r.x + r.width / 2, r.y + r.height / 2])"
                + "    .sort((a, b) => a[0] - b[0]);"
                + "}", colour);
        return points.stream().map(p -> new double[] {p.get(0).doubleValue(), p.get(1).doubleValue()})
                .collect(Collectors.toList());
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserHarness.SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    private static String normalise(String s) {
        return s.replaceAll("[\\s\"\u201C\u201D]+", " ").trim();
    }
}
