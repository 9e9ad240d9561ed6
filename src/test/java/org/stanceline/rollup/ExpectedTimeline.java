package org.stanceline.rollup;

import org.stanceline.kernel.DatePrecision;
import org.stanceline.statement.StatementStatus;
import org.stanceline.timeline.Bucket;
import org.stanceline.timeline.TimelineViews;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Timeline, positions and shifts computed from scratch in Java from every statement, straight from the
 * definitions (DESIGN.md, "Timeline semantics"), sharing no code with the services under test.
 */
final class ExpectedTimeline {

    /** One statement as stored, read with plain JPQL. */
    record Row(long id, String topic, String actor, LocalDate saidOn, DatePrecision precision, int stance, int intensity,
               StatementStatus status, String quote, boolean verbatim, String speaker, String role, Long sourceId) {
    }

    private static final Comparator<Row> SAID_ORDER = Comparator.comparing(Row::saidOn).thenComparing(Row::id);

    private final List<Row> rows;
    private final int staleAfterDays;

    ExpectedTimeline(List<Row> rows, int staleAfterDays) {
        this.rows = rows;
        this.staleAfterDays = staleAfterDays;
    }

    private List<Row> confirmed(String topic, String actor) {
        return rows.stream().filter(r -> r.topic.equals(topic) && r.actor.equals(actor)
                && r.status == StatementStatus.CONFIRMED).sorted(SAID_ORDER).toList();
    }

    private Optional<Row> latest(String topic, String actor, LocalDate onOrBefore) {
        return confirmed(topic, actor).stream().filter(r -> !r.saidOn.isAfter(onOrBefore)).max(SAID_ORDER);
    }

    TimelineViews.Timeline timeline(String topic, List<String> actors, LocalDate from, LocalDate to, Bucket bucket) {
        if (from == null || to == null) {
            List<LocalDate> dates = actors.stream().flatMap(a -> confirmed(topic, a).stream()).map(Row::saidOn)
                    .sorted().toList();
            LocalDate first = dates.isEmpty() ? null : dates.get(0);
            LocalDate last = dates.isEmpty() ? null : dates.get(dates.size() - 1);
            if (to == null) {
                to = last != null && (from == null || !last.isBefore(from)) ? last : (from == null ? LocalDate.now() : from);
            }
            if (from == null) {
                from = first != null && !first.isAfter(to) ? first : to.minusYears(1);
            }
        }
        LocalDate start = bucket.startOf(from);
        LocalDate end = to;
        List<TimelineViews.Series> series = new ArrayList<>();
        for (String actor : actors) {
            List<TimelineViews.Point> points = new ArrayList<>();
            for (LocalDate b = start; !b.isAfter(end); b = bucket.next(b)) {
                LocalDate bucketStart = b;
                LocalDate bucketEnd = bucket.endOf(b);
                LocalDate upTo = bucketEnd.isAfter(end) ? end : bucketEnd;
                List<Row> in = confirmed(topic, actor).stream()
                        .filter(r -> !r.saidOn.isBefore(bucketStart) && !r.saidOn.isAfter(upTo)).toList();
                Optional<Row> position = latest(topic, actor, upTo);
                points.add(new TimelineViews.Point(b, bucketEnd, in.size(),
                        in.isEmpty() ? null : Math.round(in.stream().mapToInt(Row::stance).sum() * 1000.0 / in.size()) / 1000.0,
                        in.stream().map(Row::stance).min(Integer::compare).orElse(null),
                        in.stream().map(Row::stance).max(Integer::compare).orElse(null),
                        in.stream().map(Row::intensity).max(Integer::compare).orElse(null),
                        position.map(Row::stance).orElse(null),
                        position.map(Row::id).orElse(null),
                        position.map(Row::saidOn).orElse(null),
                        position.map(p -> ChronoUnit.DAYS.between(p.saidOn, upTo) > staleAfterDays).orElse(false)));
            }
            series.add(new TimelineViews.Series(actor, points));
        }
        return new TimelineViews.Timeline(topic, bucket.label(), start, end, staleAfterDays, series);
    }

    TimelineViews.Positions positions(String topic, List<String> actors, LocalDate at) {
        return new TimelineViews.Positions(topic, at, staleAfterDays, actors.stream().map(actor -> latest(topic, actor, at)
                .map(r -> new TimelineViews.Position(actor, at, r.stance, r.intensity, r.id, r.saidOn,
                        ChronoUnit.DAYS.between(r.saidOn, at) > staleAfterDays))
                .orElse(new TimelineViews.Position(actor, at, null, null, null, null, false))).toList());
    }

    TimelineViews.Shifts shifts(String topic, List<String> actors, LocalDate from, LocalDate to, int limit) {
        List<TimelineViews.Shift> all = new ArrayList<>();
        for (String actor : actors) {
            List<Row> sequence = confirmed(topic, actor);
            for (int i = 1; i < sequence.size(); i++) {
                Row before = sequence.get(i - 1);
                Row after = sequence.get(i);
                boolean shift = before.stance != after.stance || after.intensity >= before.intensity + 1;
                boolean inPeriod = (from == null || !after.saidOn.isBefore(from)) && (to == null || !after.saidOn.isAfter(to));
                if (shift && inPeriod) {
                    all.add(new TimelineViews.Shift(actor, after.saidOn, after.precision.label(), after.stance - before.stance,
                            after.intensity - before.intensity, end(before), end(after)));
                }
            }
        }
        List<TimelineViews.Shift> newestFirst = all.stream().sorted(Comparator
                .comparing((TimelineViews.Shift s) -> s.date()).thenComparing(s -> s.after().id()).reversed()).toList();
        return new TimelineViews.Shifts(topic, from, to, newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }

    private static TimelineViews.ShiftEnd end(Row r) {
        return new TimelineViews.ShiftEnd(r.id, r.saidOn, r.precision.label(), r.stance, r.intensity, r.quote,
                r.verbatim, r.speaker, r.role, r.sourceId);
    }
}
