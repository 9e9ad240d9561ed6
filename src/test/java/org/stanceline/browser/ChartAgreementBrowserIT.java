package org.stanceline.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stanceline.PackagedApp;
import org.stanceline.chart.ChartModel;
import org.stanceline.chart.DrawnStaleSegments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's proof of one chart state: for the same permalink, the dashboard (ECharts in real Chromium), the
 * static SVG and the PDF briefing draw the same stale (dashed) segments as the server's chart model.
 */
class ChartAgreementBrowserIT {

    static final String QUERY = "topic=troops&actors=moscow,london,paris,kyiv&from=2025-02-01&to=2026-01-31&bucket=month";

    static Path temp;
    static PackagedApp app;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        playwright = BrowserHarness.playwright();
        temp = Files.createTempDirectory("stanceline-chart-agreement");
        app = PackagedApp.start(temp.resolve("db/stanceline"), temp.resolve("app.log"));
        browser = BrowserHarness.launch(playwright);
        Files.createDirectories(BrowserHarness.SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        BrowserHarness.closeAll(browser, playwright, app);
    }

    @Test
    @SuppressWarnings("unchecked")
    void dashboardSvgAndPdfDrawTheSameStaleSegments() throws Exception {
        ChartModel model = DrawnStaleSegments.readModel(get("/api/chart?" + QUERY));
        List<DrawnStaleSegments.Expected> expected = DrawnStaleSegments.expected(model);
        assertTrue(expected.size() >= 2, "the demo corpus has stale positions in this year: " + expected);

        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setTimezoneId("UTC")).newPage();
        page.navigate(app.url("/?" + QUERY));
        Locator chart = page.getByTestId("timeline-chart");
        assertThat(chart.locator("svg")).isVisible();
        // The series ECharts was given, read from the live instance: each dashed series is [start, end, break]…
        List<Map<String, Object>> series = (List<Map<String, Object>>) chart.evaluate("el => el.echarts.getOption()"
                + ".series.filter(s => String(s.id).endsWith('-stale')).map(s => ({ colour: s.lineStyle.color, "
                + "dash: s.lineStyle.type, data: s.data.map(p => [p[0], p[1] === '-' ? null : p[1]]) }))");
        List<DrawnStaleSegments.Expected> dashboard = new ArrayList<>();
        for (Map<String, Object> s : series) {
            assertEquals(List.of(4, 4), s.get("dash"), "dashed");
            List<List<Number>> data = (List<List<Number>>) s.get("data");
            for (int i = 0; i + 1 < data.size(); i += 3) {
                dashboard.add(new DrawnStaleSegments.Expected(((String) s.get("colour")).toLowerCase(Locale.ROOT),
                        day(data.get(i).get(0)), day(data.get(i + 1).get(0))));
            }
        }
        Comparator<DrawnStaleSegments.Expected> order = Comparator.comparing(DrawnStaleSegments.Expected::colour)
                .thenComparing(DrawnStaleSegments.Expected::from);
        assertEquals(expected.stream().sorted(order).toList(), dashboard.stream().sorted(order).toList(),
                "the dashboard's dashed series are the model's stale segments");
        BrowserHarness.screenshot(page, "chart-agreement-dashboard");

        String svg = new String(get("/charts/timeline.svg?" + QUERY), StandardCharsets.UTF_8);
        Files.writeString(BrowserHarness.SCREENSHOTS.resolve("chart-agreement.svg"), svg);
        DrawnStaleSegments.assertDrawn(dashboard, DrawnStaleSegments.fromSvg(svg), "static SVG");

        byte[] pdf = get("/briefings/troops.pdf?" + QUERY.replace("topic=troops&", ""));
        Files.write(BrowserHarness.SCREENSHOTS.resolve("chart-agreement.pdf"), pdf);
        DrawnStaleSegments.assertDrawn(dashboard, DrawnStaleSegments.fromPdf(pdf), "PDF briefing");
        page.context().close();
    }

    private static LocalDate day(Number epochMillis) {
        return Instant.ofEpochMilli(epochMillis.longValue()).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static byte[] get(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(app.url(path))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
