package org.stanceline.benchmark;

import org.stanceline.timeline.TimelineQuery;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.stanceline.briefing.Briefing;
import org.stanceline.briefing.BriefingPdf;
import org.stanceline.briefing.BriefingService;
import org.stanceline.chart.ChartRenderer;
import org.stanceline.chart.ChartModel;
import org.stanceline.chart.ChartStateService;
import org.stanceline.timeline.Bucket;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/**
 * Prints how long charts and briefings take on the demo corpus, warm: not a pass/fail test (timings depend on
 * the machine). Run with:
 * <pre>mvn test -Dquarkus.quinoa=false -Dtest=ReportBenchmark -DreportBenchmark=true</pre>
 * Targets: SVG ≤ 20 ms, PNG ≤ 60 ms, PDF briefing ≤ 500 ms.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "reportBenchmark", matches = "true")
class ReportBenchmark {

    static final int WARMUP = 15;
    static final int RUNS = 60;
    static final LocalDate FROM = LocalDate.parse("2025-02-01");
    static final LocalDate TO = LocalDate.parse("2026-01-31");

    @Inject
    ChartStateService states;

    @Inject
    ChartRenderer renderer;

    @Inject
    BriefingService briefings;

    @Inject
    BriefingPdf pdf;

    @Test
    void printTimings() {
        TimelineQuery request = new TimelineQuery("troops", List.of(), FROM, TO, Bucket.MONTH);
        ChartRenderer.Options options = new ChartRenderer.Options(960, 540, ChartRenderer.Theme.LIGHT, 1);
        ChartRenderer.Options print = new ChartRenderer.Options(960, 540, ChartRenderer.Theme.LIGHT, 2);
        System.out.println();
        System.out.println("Stanceline report benchmark: demo corpus, topic troops, 6 actors, " + FROM + " to " + TO
                + "; each line: at least " + WARMUP + " warm-up runs, then " + RUNS + " timed runs (30 for PDFs)");
        System.out.printf("%-52s %9s %9s %9s  %s%n", "what (database read + drawing, no cache)", "median", "p95", "max",
                "target (issue 5, median warm): result");
        measure("SVG 960x540", 20, asRequest(() -> {
            ChartModel s = states.build(request);
            return renderer.svg(s, options);
        }), RUNS);
        measure("PNG 960x540", 60, asRequest(() -> {
            ChartModel s = states.build(request);
            return renderer.png(s, options);
        }), RUNS);
        measure("PNG 960x540 at scale 2 (1920x1080)", 0, asRequest(() -> {
            ChartModel s = states.build(request);
            return renderer.png(s, print);
        }), RUNS);
        measure("PDF briefing (model + HTML + PDF)", 500, asRequest(() -> {
            Briefing b = briefings.build("troops", List.of(), FROM, TO);
            return pdf.pdf(b);
        }), 30);
        String query = "?topic=troops&from=" + FROM + "&to=" + TO;
        measure("HTTP GET /charts/timeline.svg (render cache warm)", 0,
                () -> given().get("/charts/timeline.svg" + query).then().statusCode(200).extract().asByteArray(),
                RUNS);
        measure("HTTP GET /charts/timeline.png (render cache warm)", 0,
                () -> given().get("/charts/timeline.png" + query).then().statusCode(200).extract().asByteArray(),
                RUNS);
        measure("HTTP GET /briefings/troops.pdf", 0,
                () -> given().get("/briefings/troops.pdf?from=" + FROM + "&to=" + TO).then().statusCode(200)
                        .extract().asByteArray(), 30);
        measure("PDF briefing again, after all the runs above", 500, asRequest(() -> {
            Briefing b = briefings.build("troops", List.of(), FROM, TO);
            return pdf.pdf(b);
        }), 30);
        System.out.println();
    }

    /** Each direct call runs in its own request context, as it does behind an HTTP request (one ORM session). */
    private static Supplier<Object> asRequest(Supplier<Object> work) {
        return () -> {
            io.quarkus.arc.ManagedContext context = io.quarkus.arc.Arc.container().requestContext();
            boolean activated = !context.isActive();
            if (activated) {
                context.activate();
            }
            try {
                return work.get();
            } finally {
                if (activated) {
                    context.terminate();
                }
            }
        };
    }

    /** {@code targetMs} is issue 5's target for the median, 0 where it sets none. */
    private static void measure(String name, double targetMs, Supplier<Object> work, int runs) {
        // PDF code paths need more runs before the JIT has compiled them.
        for (int i = 0; i < Math.max(WARMUP, runs); i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[runs / 2];
        String target = targetMs == 0 ? "-" : "<= " + (int) targetMs + " ms: " + (median <= targetMs ? "met" : "MISSED");
        System.out.printf("%-52s %6.1f ms %6.1f ms %6.1f ms  %s%n", name, median,
                ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], target);
    }
}
