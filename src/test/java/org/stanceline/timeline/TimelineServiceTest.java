package org.stanceline.timeline;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
public class TimelineServiceTest {

    @Inject
    TimelineService timeline;

    @Inject
    ShiftService shifts;

    @BeforeEach
    void fixture() {
        TimelineFixture.ensure();
    }

    @Test
    void shouldAggregateMonthsAndCarryThePositionAcrossEmptyBuckets() {
        TimelineViews.Timeline t = timeline.timeline(TimelineFixture.TOPIC, List.of("moscow", "london"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 30), Bucket.MONTH);
        List<TimelineViews.Point> moscow = series(t, "moscow");
        assertEquals(List.of("2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01"),
                moscow.stream().map(p -> p.start().toString()).toList());
        TimelineViews.Point jan = moscow.get(0);
        assertEquals(2, jan.count());
        assertEquals(-1.5, jan.meanStance());
        assertEquals(-2, jan.minStance());
        assertEquals(-1, jan.maxStance());
        assertEquals(2, jan.maxIntensity());
        assertEquals(-2, jan.position());
        assertEquals(LocalDate.of(2025, 1, 20), jan.positionDate());
        TimelineViews.Point feb = moscow.get(1);
        assertEquals(0, feb.count(), "the proposed statement of February must not count");
        assertNull(feb.meanStance());
        assertEquals(-2, feb.position(), "position carried into an empty bucket");
        assertEquals(3, moscow.get(2).maxIntensity());
        assertEquals(-2, moscow.get(3).position());

        List<TimelineViews.Point> london = series(t, "london");
        assertNull(london.get(0).position(), "no position before the first statement");
        assertEquals(1, london.get(1).position());
        assertEquals(1, london.get(3).position());
    }

    @Test
    void shouldMarkOldPositionsStale() {
        TimelineViews.Timeline t = timeline.timeline(TimelineFixture.TOPIC, List.of("moscow"),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31), Bucket.MONTH);
        List<TimelineViews.Point> moscow = series(t, "moscow");
        assertFalse(moscow.get(0).stale());
        assertTrue(moscow.get(5).stale(), "179 days after the last statement is older than 90 days");
        assertEquals(-2, moscow.get(5).position());
    }

    @Test
    void shouldCarryPositionFromBeforeThePeriod() {
        TimelineViews.Timeline t = timeline.timeline(TimelineFixture.TOPIC, List.of("moscow"),
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31), Bucket.WEEK);
        TimelineViews.Point first = series(t, "moscow").get(0);
        assertEquals(LocalDate.of(2025, 3, 31), first.start(), "weeks start on Monday");
        assertEquals(0, first.count());
        assertEquals(-2, first.position());
        assertEquals(LocalDate.of(2025, 3, 5), first.positionDate());
    }

    @Test
    void shouldBucketByDay() {
        TimelineViews.Timeline t = timeline.timeline(TimelineFixture.TOPIC, List.of("moscow"),
                LocalDate.of(2025, 1, 9), LocalDate.of(2025, 1, 11), Bucket.DAY);
        List<TimelineViews.Point> days = series(t, "moscow");
        assertEquals(3, days.size());
        assertNull(days.get(0).position());
        assertEquals(1, days.get(1).count());
        assertEquals(-1, days.get(1).position());
        assertEquals(-1, days.get(2).position());
    }

    @Test
    void shouldFindShiftsOfStanceAndIntensityNewestFirst() {
        TimelineViews.Shifts s = shifts.shifts(TimelineFixture.TOPIC, List.of("moscow", "london"), null, null, 100);
        assertEquals(2, s.items().size(), "London has a single statement; the proposed one is ignored");
        TimelineViews.Shift newest = s.items().get(0);
        assertEquals("moscow", newest.actor());
        assertEquals(LocalDate.of(2025, 3, 5), newest.date());
        assertEquals(0, newest.stanceChange());
        assertEquals(1, newest.intensityChange());
        assertEquals(LocalDate.of(2025, 1, 20), newest.before().date());
        TimelineViews.Shift older = s.items().get(1);
        assertEquals(-1, older.stanceChange());
        assertEquals(LocalDate.of(2025, 1, 10), older.before().date());
        assertEquals("M2", older.after().quote());
    }

    @Test
    void shouldKeepTheBeforeStatementOfAShiftEvenWhenItPrecedesThePeriod() {
        TimelineViews.Shifts s = shifts.shifts(TimelineFixture.TOPIC, List.of("moscow"),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), 100);
        assertEquals(1, s.items().size());
        assertEquals(LocalDate.of(2025, 1, 20), s.items().get(0).before().date());
    }

    @Test
    void shouldGivePositionsAtADate() {
        TimelineViews.Positions p = timeline.positions(TimelineFixture.TOPIC, List.of("moscow", "london"),
                LocalDate.of(2025, 2, 1));
        assertEquals(-2, p.positions().get(0).stance());
        assertNull(p.positions().get(1).stance());
    }

    private static List<TimelineViews.Point> series(TimelineViews.Timeline t, String actor) {
        return t.series().stream().filter(s -> s.actor().equals(actor)).findFirst().orElseThrow().points();
    }
}
