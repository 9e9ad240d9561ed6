package org.stanceline.timeline;

import java.time.LocalDate;
import java.util.List;

/** API shapes of the timeline, positions and shifts. */
public final class TimelineViews {

    private TimelineViews() {
    }

    public record Timeline(String topic, String bucket, LocalDate from, LocalDate to, int staleAfterDays,
                           List<Series> series) {
    }

    public record Series(String actor, List<Point> points) {
    }

    /**
     * One bucket of one actor: aggregates of the statements said in it, and the position (stance of the
     * latest confirmed statement on or before the bucket's end) carried across empty buckets.
     */
    public record Point(LocalDate start, LocalDate end, long count, Double meanStance, Integer minStance,
                        Integer maxStance, Integer maxIntensity, Integer position, Long positionStatementId,
                        LocalDate positionDate, boolean stale) {
    }

    public record Position(String actor, LocalDate at, Integer stance, Integer intensity, Long statementId,
                           LocalDate date, boolean stale) {
    }

    public record Positions(String topic, LocalDate at, int staleAfterDays, List<Position> positions) {
    }

    public record Shifts(String topic, LocalDate from, LocalDate to, List<Shift> items) {
    }

    /**
     * Position change, or intensity rise of at least one step, between consecutive confirmed statements. Its date
     * is the later statement's, with that statement's precision ("day", "week", "month", "year").
     */
    public record Shift(String actor, LocalDate date, String precision, int stanceChange, int intensityChange,
                        ShiftEnd before, ShiftEnd after) {
    }

    /** One statement of a shift; {@code precision} says how exactly {@code date} is known. */
    public record ShiftEnd(Long id, LocalDate date, String precision, int stance, int intensity, String quote,
                           boolean verbatim, String speaker, String role, Long sourceId) {
    }
}
