package org.stanceline.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.stanceline.reference.Actor;
import org.stanceline.reference.ReferenceService;
import org.stanceline.reference.Topic;
import org.stanceline.web.ProblemException;
import org.stanceline.web.StancelineConfig;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Positions and bucket aggregates, computed in the database: a request reads one row per actor and
 * bucket, never the statements themselves, so it stays fast at millions of statements.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class TimelineService {

    private static final String CONFIRMED = "s.topic_id = :topic and s.status = 'CONFIRMED' and s.actor_id in (:actors)";

    @Inject
    EntityManager em;

    @Inject
    ReferenceService references;

    @Inject
    StancelineConfig config;

    public TimelineViews.Timeline timeline(String topicKey, List<String> actorKeys, LocalDate from, LocalDate to,
                                           Bucket bucket) {
        Topic topic = references.requireTopic(topicKey);
        List<Actor> actors = references.requireActors(actorKeys);
        LocalDate[] period = period(topic, actors, from, to);
        LocalDate start = bucket.startOf(period[0]);
        LocalDate end = period[1];
        long buckets = countBuckets(bucket, start, end);
        if (buckets > config.maxBuckets()) {
            throw ProblemException.badRequest("The period " + period[0] + " to " + end + " has " + buckets + " "
                    + bucket.label() + " buckets; the limit is " + config.maxBuckets()
                    + ": choose a wider bucket or a shorter period");
        }
        Map<Long, Map<LocalDate, Object[]>> aggregates = aggregates(topic, actors, bucket, start, end);
        Map<Long, Map<LocalDate, Object[]>> lastInBucket = lastInBucket(topic, actors, bucket, start, end);
        Map<Long, Object[]> before = latestOnOrBefore(topic, actors, start.minusDays(1));

        List<TimelineViews.Series> series = new ArrayList<>();
        for (Actor actor : actors) {
            Map<LocalDate, Object[]> agg = aggregates.getOrDefault(actor.id, Map.of());
            Map<LocalDate, Object[]> last = lastInBucket.getOrDefault(actor.id, Map.of());
            Object[] carried = before.get(actor.id);
            List<TimelineViews.Point> points = new ArrayList<>();
            for (LocalDate b = start; !b.isAfter(end); b = bucket.next(b)) {
                if (last.containsKey(b)) {
                    carried = last.get(b);
                }
                Object[] a = agg.get(b);
                LocalDate bucketEnd = bucket.endOf(b);
                LocalDate positionDate = carried == null ? null : SqlValues.date(carried[2]);
                LocalDate staleAt = bucketEnd.isAfter(end) ? end : bucketEnd;
                points.add(new TimelineViews.Point(b, bucketEnd,
                        a == null ? 0 : SqlValues.longValue(a[0]),
                        a == null ? null : round(SqlValues.decimal(a[1])),
                        a == null ? null : SqlValues.integer(a[2]),
                        a == null ? null : SqlValues.integer(a[3]),
                        a == null ? null : SqlValues.integer(a[4]),
                        carried == null ? null : SqlValues.integer(carried[0]),
                        carried == null ? null : SqlValues.longValue(carried[1]),
                        positionDate,
                        positionDate != null && ChronoUnit.DAYS.between(positionDate, staleAt) > config.staleAfterDays()));
            }
            series.add(new TimelineViews.Series(actor.slug, points));
        }
        return new TimelineViews.Timeline(topic.slug, bucket.label(), start, end, config.staleAfterDays(), series);
    }

    /** {@code position(actor, topic, t)} for each actor: the latest confirmed statement on or before t. */
    public TimelineViews.Positions positions(String topicKey, List<String> actorKeys, LocalDate at) {
        Topic topic = references.requireTopic(topicKey);
        List<Actor> actors = references.requireActors(actorKeys);
        Map<Long, Object[]> latest = latestOnOrBefore(topic, actors, at);
        List<TimelineViews.Position> positions = actors.stream().map(actor -> {
            Object[] row = latest.get(actor.id);
            if (row == null) {
                return new TimelineViews.Position(actor.slug, at, null, null, null, null, false);
            }
            LocalDate date = SqlValues.date(row[2]);
            return new TimelineViews.Position(actor.slug, at, SqlValues.integer(row[0]), SqlValues.integer(row[3]),
                    SqlValues.longValue(row[1]), date, ChronoUnit.DAYS.between(date, at) > config.staleAfterDays());
        }).toList();
        return new TimelineViews.Positions(topic.slug, at, config.staleAfterDays(), positions);
    }

    private LocalDate[] period(Topic topic, List<Actor> actors, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            Object[] range = (Object[]) em.createNativeQuery(
                            "select min(s.said_on), max(s.said_on) from statement s where " + CONFIRMED)
                    .setParameter("topic", topic.id).setParameter("actors", ids(actors)).getSingleResult();
            LocalDate first = SqlValues.date(range[0]);
            LocalDate last = SqlValues.date(range[1]);
            LocalDate today = LocalDate.now();
            if (to == null) {
                to = last != null && (from == null || !last.isBefore(from)) ? last : (from == null ? today : from);
            }
            if (from == null) {
                from = first != null && !first.isAfter(to) ? first : to.minusYears(1);
            }
        }
        if (from.isAfter(to)) {
            throw ProblemException.badRequest("Parameter 'from' (" + from + ") is after 'to' (" + to + ")");
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

    /** actor id → bucket start → [count, mean, min, max stance, max intensity]. */
    private Map<Long, Map<LocalDate, Object[]>> aggregates(Topic topic, List<Actor> actors, Bucket bucket,
                                                           LocalDate start, LocalDate end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.actor_id, s." + bucket.column + ", count(*), "
                        + "avg(cast(s.stance as double precision)), min(s.stance), max(s.stance), max(s.intensity) "
                        + "from statement s where " + CONFIRMED + " and s.said_on between :start and :end "
                        + "group by s.actor_id, s." + bucket.column)
                .setParameter("topic", topic.id).setParameter("actors", ids(actors))
                .setParameter("start", start).setParameter("end", end).getResultList();
        Map<Long, Map<LocalDate, Object[]>> byActor = new HashMap<>();
        for (Object[] r : rows) {
            byActor.computeIfAbsent(SqlValues.longValue(r[0]), k -> new HashMap<>())
                    .put(SqlValues.date(r[1]), new Object[] {r[2], r[3], r[4], r[5], r[6]});
        }
        return byActor;
    }

    /** actor id → bucket start → [stance, statement id, said on, intensity] of the bucket's last statement. */
    private Map<Long, Map<LocalDate, Object[]>> lastInBucket(Topic topic, List<Actor> actors, Bucket bucket,
                                                             LocalDate start, LocalDate end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select actor_id, b, stance, id, said_on, intensity from ("
                        + "select s.actor_id, s." + bucket.column + " as b, s.stance, s.id, s.said_on, s.intensity, "
                        + "row_number() over (partition by s.actor_id, s." + bucket.column
                        + " order by s.said_on desc, s.id desc) as rn "
                        + "from statement s where " + CONFIRMED + " and s.said_on between :start and :end) x "
                        + "where rn = 1")
                .setParameter("topic", topic.id).setParameter("actors", ids(actors))
                .setParameter("start", start).setParameter("end", end).getResultList();
        Map<Long, Map<LocalDate, Object[]>> byActor = new HashMap<>();
        for (Object[] r : rows) {
            byActor.computeIfAbsent(SqlValues.longValue(r[0]), k -> new HashMap<>())
                    .put(SqlValues.date(r[1]), new Object[] {r[2], r[3], r[4], r[5]});
        }
        return byActor;
    }

    /**
     * actor id → [stance, statement id, said on, intensity] of the latest statement on or before the date:
     * one index seek per actor on (topic, status, actor, said_on, id).
     */
    Map<Long, Object[]> latestOnOrBefore(Topic topic, List<Actor> actors, LocalDate date) {
        Map<Long, Object[]> byActor = new HashMap<>();
        for (Actor actor : actors) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select s.stance, s.id, s.said_on, s.intensity "
                            + "from statement s where s.topic_id = :topic and s.status = 'CONFIRMED' "
                            + "and s.actor_id = :actor and s.said_on <= :date order by s.said_on desc, s.id desc")
                    .setParameter("topic", topic.id).setParameter("actor", actor.id).setParameter("date", date)
                    .setMaxResults(1).getResultList();
            if (!rows.isEmpty()) {
                byActor.put(actor.id, rows.get(0));
            }
        }
        return byActor;
    }

    static List<Long> ids(List<Actor> actors) {
        return actors.stream().map(a -> a.id).toList();
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }
}
