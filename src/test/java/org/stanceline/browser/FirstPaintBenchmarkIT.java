package org.stanceline.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.stanceline.PackagedApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark, not a test: time from navigation start to the first painted timeline chart (its statement
 * markers in the SVG), in headless Chromium against the packaged app with the demo corpus. Prints figures.
 * Run: ./mvnw verify -Dstanceline.benchmark=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FirstPaintBenchmarkIT
 */
@EnabledIfSystemProperty(named = "stanceline.benchmark", matches = "true")
class FirstPaintBenchmarkIT {

    private static final String RECORD_FIRST_CHART = "new MutationObserver((m, observer) => {"
            + "  const chart = document.querySelector('[data-testid=timeline-chart] svg');"
            + "  if (chart && chart.querySelectorAll('path').length > 20) {"
            + "    window.__firstChart = performance.now(); observer.disconnect(); }"
            + "}).observe(document, {subtree: true, childList: true});";

    @Test
    void firstChartPaint() throws Exception {
        int runs = Integer.getInteger("stanceline.benchmark.runs", 15);
        Path temp = Files.createTempDirectory("stanceline-bench");
        try (Playwright playwright = BrowserHarness.playwright();
             PackagedApp app = PackagedApp.start(temp.resolve("db/stanceline"), temp.resolve("app.log"))) {
            Browser browser = BrowserHarness.launch(playwright);
            List<Double> cold = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < runs + 1; i++) {
                try (BrowserContext context = browser.newContext()) {
                    Page page = context.newPage();
                    page.addInitScript(RECORD_FIRST_CHART);
                    cold.add(measure(page, app.url("/")));
                    warm.add(measure(page, app.url("/")));
                }
            }
            // The first run also warms the server's JIT; it is not counted.
            report("cold cache (new browser context)", cold.subList(1, cold.size()));
            report("warm cache (reload)", warm.subList(1, warm.size()));
            browser.close();
        }
    }

    private static double measure(Page page, String url) {
        page.navigate(url);
        page.waitForFunction("() => window.__firstChart !== undefined");
        return ((Number) page.evaluate("() => window.__firstChart")).doubleValue();
    }

    private static void report(String label, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        System.out.printf("first chart painted, %s: median %.0f ms, p95 %.0f ms, max %.0f ms over %d runs (target <= 800 ms)%n",
                label, median, p95, sorted.get(sorted.size() - 1), sorted.size());
    }
}
