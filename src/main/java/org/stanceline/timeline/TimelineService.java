package org.stanceline.timeline;

import org.stanceline.kernel.Invalid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.reference.Actor;
import org.stanceline.reference.ReferenceService;
import org.stanceline.reference.Scope;
import org.stanceline.kernel.ReadMemo;
import org.stanceline.reference.Topic;
import org.stanceline.rollup.RollupKind;
import org.stanceline.rollup.RollupReader;
import org.stanceline.rollup.RollupRows;
import org.stanceline.web.StancelineConfig;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Positions and bucket aggregates, read from the rollups maintained on write: a request reads one row per
 * actor and bucket (plus one per actor for the position carried in), never the statements themselves, so its
 * cost does not grow with the corpus.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class TimelineService {

    @Inject
    RollupReader rollups;

    @Inject
    ReferenceService references;

    @Inject
    StancelineConfig config;

    public TimelineViews.Timeline timeline(String topicKey, List<String> actorKeys, LocalDate from, LocalDate to,
                                           Bucket bucket) {
        return timeline(references.scope(topicKey, actorKeys), from, to, bucket);
    }

    /** The timeline of a resolved scope; read once per {@link org.stanceline.kernel.ReadMemo} unit of work. */
    public TimelineViews.Timeline timeline(Scope scope, LocalDate from, LocalDate to, Bucket bucket) {
        return ReadMemo.get(new TimelineKey(scope.topic().id, scope.actorIds(), from, to, bucket),
                () -> read(scope, from, to, bucket));
    }

    private record TimelineKey(long topicId, List<Long> actorIds, LocalDate from, LocalDate to, Bucket bucket) {
    }

    private TimelineViews.Timeline read(Scope scope, LocalDate from, LocalDate to, Bucket bucket) {
        Topic topic = scope.topic();
        List<Actor> actors = scope.actors();
        LocalDate[] period = period(topic, actors, from, to);
        LocalDate start = bucket.startOf(period[0]);
        LocalDate end = period[1];
        long buckets = countBuckets(bucket, start, end);
        if (buckets > config.maxBuckets()) {
            throw new Invalid("The period " + period[0] + " to " + end + " has " + buckets + " "
                    + bucket.label() + " buckets; the limit is " + config.maxBuckets()
                    + ": choose a wider bucket or a shorter period");
        }
        Map<Long, Map<LocalDate, RollupRows.BucketRow>> rows = bucketRows(topic, actors, bucket, start, end);
        Map<Long, RollupRows.LastStatement> before = byActor(
                rollups.latestOnOrBefore(topic.id, ids(actors), start.minusDays(1)));

        List<TimelineViews.Series> series = new ArrayList<>();
        for (Actor actor : actors) {
            Map<LocalDate, RollupRows.BucketRow> row = rows.getOrDefault(actor.id, Map.of());
            RollupRows.LastStatement carried = before.get(actor.id);
            List<TimelineViews.Point> points = new ArrayList<>();
            for (LocalDate b = start; !b.isAfter(end); b = bucket.next(b)) {
                RollupRows.BucketRow a = row.get(b);
                if (a != null) {
                    carried = a.last();
                }
                LocalDate bucketEnd = bucket.endOf(b);
                LocalDate positionDate = carried == null ? null : carried.saidOn();
                LocalDate staleAt = bucketEnd.isAfter(end) ? end : bucketEnd;
                points.add(new TimelineViews.Point(b, bucketEnd,
                        a == null ? 0 : a.count(),
                        a == null ? null : round((double) a.stanceSum() / a.count()),
                        a == null ? null : a.stanceMin(),
                        a == null ? null : a.stanceMax(),
                        a == null ? null : a.intensityMax(),
                        carried == null ? null : carried.stance(),
                        carried == null ? null : carried.statementId(),
                        positionDate,
                        positionDate != null && ChronoUnit.DAYS.between(positionDate, staleAt) > config.staleAfterDays()));
            }
            series.add(new TimelineViews.Series(actor.slug, points));
        }
        return new TimelineViews.Timeline(topic.slug, bucket.label(), start, end, config.staleAfterDays(), series);
    }

    /** {@code position(actor, topic, t)} for each actor: the latest confirmed statement on or before t. */
    public TimelineViews.Positions positions(String topicKey, List<String> actorKeys, LocalDate at) {
        return positions(references.scope(topicKey, actorKeys), at);
    }

    public TimelineViews.Positions positions(Scope scope, LocalDate at) {
        Topic topic = scope.topic();
        List<Actor> actors = scope.actors();
        Map<Long, RollupRows.LastStatement> latest = byActor(
                rollups.latestOnOrBefore(topic.id, ids(actors), at));
        List<TimelineViews.Position> positions = actors.stream().map(actor -> {
            RollupRows.LastStatement last = latest.get(actor.id);
            if (last == null) {
                return new TimelineViews.Position(actor.slug, at, null, null, null, null, false);
            }
            return new TimelineViews.Position(actor.slug, at, last.stance(), last.intensity(), last.statementId(),
                    last.saidOn(), ChronoUnit.DAYS.between(last.saidOn(), at) > config.staleAfterDays());
        }).toList();
        return new TimelineViews.Positions(topic.slug, at, config.staleAfterDays(), positions);
    }

    private LocalDate[] period(Topic topic, List<Actor> actors, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            RollupRows.Period range = rollups.period(topic.id, ids(actors));
            LocalDate first = range.first();
            LocalDate last = range.last();
            LocalDate today = LocalDate.now();
            if (to == null) {
                to = last != null && (from == null || !last.isBefore(from)) ? last : (from == null ? today : from);
            }
            if (from == null) {
                from = first != null && !first.isAfter(to) ? first : to.minusYears(1);
            }
        }
        if (from.isAfter(to)) {
            throw new Invalid("Parameter 'from' (" + from + ") is after 'to' (" + to + ")");
        }
        return new LocalDate[] {from, to};
    }

    private static long countBuckets(Bucket bucket, LocalDate start, LocalDate end) {
        return switch (bucket) {
            case DAY -> ChronoUnit.DAYS.between(start, end) + 1;
            case WEEK -> ChronoUnit.WEEKS.between(start, end) + 1;
            case MONTH -> ChronoUnit.MONTHS.between(start, end.withDayOfMonth(1)) + 1;
        };
    }

    /**
     * actor id → bucket start → aggregates of the statements said from the bucket's start to its end or to the
     * period's end, whichever comes first. A last bucket cut short by the period's end is summed from its days.
     */
    private Map<Long, Map<LocalDate, RollupRows.BucketRow>> bucketRows(Topic topic, List<Actor> actors,
                                                                      Bucket bucket, LocalDate start, LocalDate end) {
        LocalDate lastStart = bucket.startOf(end);
        boolean cut = bucket.endOf(lastStart).isAfter(end);
        if (!cut) {
            Map<Long, Map<LocalDate, RollupRows.BucketRow>> byActor = new HashMap<>();
            rollups.buckets(topic.id, ids(actors), bucket.rollup, start, lastStart)
                    .forEach(r -> byActor.computeIfAbsent(r.actorId(), k -> new HashMap<>()).put(r.start(), r));
            return byActor;
        }
        Map<Long, Map<LocalDate, RollupRows.BucketRow>> byActor = new HashMap<>();
        Map<Long, TreeMap<LocalDate, RollupRows.BucketRow>> days = new HashMap<>();
        for (RollupRows.BucketRow r : rollups.bucketsAndDays(topic.id, ids(actors), bucket.rollup, start,
                lastStart.minusDays(1), lastStart, end)) {
            if (r.start().isBefore(lastStart)) {
                byActor.computeIfAbsent(r.actorId(), k -> new HashMap<>()).put(r.start(), r);
            } else {
                days.computeIfAbsent(r.actorId(), k -> new TreeMap<>()).put(r.start(), r);
            }
        }
        days.forEach((actor, inOrder) -> inOrder.values().stream().reduce(RollupRows.BucketRow::plus)
                .ifPresent(sum -> byActor.computeIfAbsent(actor, k -> new HashMap<>())
                        .put(lastStart, sum.startingOn(lastStart))));
        return byActor;
    }

    private static Map<Long, RollupRows.LastStatement> byActor(List<RollupRows.LastStatement> rows) {
        return rows.stream().collect(Collectors.toMap(RollupRows.LastStatement::actorId, Function.identity()));
    }

    static List<Long> ids(List<Actor> actors) {
        return actors.stream().map(a -> a.id).toList();
    }

    private static Double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
