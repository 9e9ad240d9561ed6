package org.stanceline.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.stanceline.statement.StatementView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One fixed chart, no database: the builder's input, and the model built from it as stored JSON
 * ({@link #SNAPSHOT}). The model snapshot test checks the builder against the file; every renderer's test
 * (static SVG here, ECharts in frontend/src/chart/renderTimeline.test.ts) draws the file.
 */
final class ChartModelFixture {

    static final Path SNAPSHOT = Path.of("src/test/resources/snapshots/chart-model.json");

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ChartModelFixture() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static StatementView said(long id, String actor, String date, String precision, int stance,
                                      int intensity, String speaker, boolean verbatim, String quote) {
        return new StatementView(id, "s" + id, d(date), precision, null, actor,
                speaker == null ? null : new StatementView.SpeakerRef(id, "sp" + id, speaker, "Minister"),
                "snapshot", quote, verbatim, stance, intensity, List.of(), 0.9, "confirmed", "test", null,
                new StatementView.SourceRef(100 + id, id == 3 ? null : "Source " + id, id == 3 ? null : "Outlet",
                        null, d(date)), new StatementView.Span(0, quote.length()), List.of(), null, null);
    }

    /**
     * Moscow carries a position in that goes stale, changes, restates it and goes stale again at the end; London
     * goes stale once before it changes; Paris goes stale and stays so; Kyiv says nothing.
     */
    static ChartModelBuilder.Input input() {
        return new ChartModelBuilder.Input(
                new ChartModelBuilder.TopicInfo("snapshot", "Should the snapshot hold?", Map.of("-2", "threatens",
                        "-1", "opposes", "0", "conditional", "1", "open to", "2", "commits")),
                List.of(new ChartModelBuilder.ActorInfo("moscow", "Moscow", "#D55E00", 1),
                        new ChartModelBuilder.ActorInfo("london", "London", "#0072B2", 2),
                        new ChartModelBuilder.ActorInfo("paris", "Paris", "#CC79A7", 3),
                        new ChartModelBuilder.ActorInfo("kyiv", "Kyiv", "#E69F00", 4),
                        new ChartModelBuilder.ActorInfo("washington", "Washington", "#009E73", 5)),
                List.of("paris", "moscow", "london", "kyiv"), "month", d("2025-01-01"), d("2025-06-30"), 90,
                Map.of("moscow", new ChartModel.Carried(-1, d("2024-11-20"))),
                List.of(said(1, "moscow", "2025-03-01", "day", -2, 3, "Dmitry Medvedev", true,
                                "Any foreign troops in Ukraine will be legitimate targets."),
                        said(2, "moscow", "2025-03-20", "day", -2, 2, "Maria Zakharova", true,
                                "We reject any deployment of troops from NATO countries."),
                        said(3, "paris", "2025-01-15", "month", 2, 1, null, false,
                                "France is ready to send troops as part of security guarantees."),
                        said(4, "london", "2025-02-01", "day", 2, 1, "Keir Starmer", true,
                                "We are prepared to put boots on the ground."),
                        said(5, "london", "2025-05-10", "week", 1, 0, "John Healey", true,
                                "A deployment would depend on a US backstop."),
                        said(6, "moscow", "2024-12-01", "day", -1, 1, "Sergey Lavrov", true,
                                "Said before the period: not drawn.")),
                List.of(new ChartModelBuilder.EventInfo(1, d("2025-02-15"), null, "Summit", "summit", null),
                        new ChartModelBuilder.EventInfo(2, d("2025-04-01"), d("2025-04-20"), "Talks", "talks",
                                "https://example.org/talks"),
                        new ChartModelBuilder.EventInfo(3, d("2024-10-01"), null, "Before", "summit", null)),
                d("2025-07-01"), "http://localhost:8080/?topic=snapshot&bucket=month");
    }

    static String json(ChartModel model) {
        try {
            return JSON.writeValueAsString(model) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored model: what the renderers are tested against. */
    static ChartModel stored() {
        try {
            return JSON.readValue(Files.readString(SNAPSHOT), ChartModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException(SNAPSHOT + " is missing or unreadable: run ChartModelSnapshotTest with -D"
                    + ChartSnapshotTest.UPDATE + "=true", e);
        }
    }
}
