package org.stanceline.chart;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.chart.ChartModelFixture.d;

/**
 * The chart model of a fixed input, checked once against stored JSON; the renderers' tests draw that JSON. A
 * missing or different snapshot fails; only {@code -Dstanceline.update-snapshots=true} writes it.
 */
class ChartModelSnapshotTest {

    @Test
    void shouldBuildTheStoredModel() throws Exception {
        String json = ChartModelFixture.json(ChartModelBuilder.build(ChartModelFixture.input()));
        if (Boolean.getBoolean(ChartSnapshotTest.UPDATE)) {
            Files.createDirectories(ChartModelFixture.SNAPSHOT.getParent());
            Files.writeString(ChartModelFixture.SNAPSHOT, json);
        }
        assertTrue(Files.exists(ChartModelFixture.SNAPSHOT), ChartModelFixture.SNAPSHOT + " is missing: run with -D"
                + ChartSnapshotTest.UPDATE + "=true to write it, and review the file before committing it");
        assertEquals(Files.readString(ChartModelFixture.SNAPSHOT), json, "the chart model changed; if that is "
                + "intended, run with -D" + ChartSnapshotTest.UPDATE + "=true and review the diff");
    }

    @Test
    void shouldReadBackTheModelItWrites() {
        ChartModel built = ChartModelBuilder.build(ChartModelFixture.input());
        assertEquals(built, ChartModelFixture.stored());
    }

    @Test
    void shouldDashEachPositionOnceItIsOlderThanTheStaleLimit() {
        ChartModel model = ChartModelBuilder.build(ChartModelFixture.input());
        assertEquals(List.of("moscow", "london", "paris"), model.series().stream().map(ChartModel.ActorSeries::actor)
                .toList(), "in display order, the silent actor left out");
        assertEquals(List.of("Kyiv"), model.silentActors());
        ChartModel.ActorSeries moscow = model.series().get(0);
        double y = moscow.offset();
        // Carried in from 20 Nov 2024: stale from 18 Feb until the change on 1 Mar; restated on 20 Mar, so stale
        // only from 18 Jun (90 days later) to the end.
        assertEquals(List.of(new ChartModel.Segment(d("2025-02-18"), d("2025-03-01"), -1 + y),
                new ChartModel.Segment(d("2025-06-18"), d("2025-06-30"), -2 + y)), moscow.staleSegments());
        assertEquals(List.of(new ChartModel.Segment(d("2025-05-02"), d("2025-05-10"),
                2 + model.series().get(1).offset())), model.series().get(1).staleSegments());
        assertEquals(List.of(new ChartModel.Segment(d("2025-04-15"), d("2025-06-30"),
                2 + model.series().get(2).offset())), model.series().get(2).staleSegments());
        assertTrue(moscow.end().stale());
        assertEquals(5, model.statementCount(), "the statement said before the period is not counted");
        assertEquals(List.of("Summit", "Talks"), model.events().stream().map(ChartModel.EventMarker::label).toList());
        assertNull(model.message());
        assertEquals("Moscow, London, Paris and Kyiv · 1 January 2025 – 30 June 2025", model.subtitle());
        assertTrue(model.summary().actorLines().get(0).startsWith("Moscow opposed throughout"),
                model.summary().actorLines().get(0));
        assertEquals("No confirmed statements from Kyiv in this period.", model.summary().silent());
    }
}
