package org.stanceline.rollup;

import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;

/**
 * The per-request aggregation over statements that the timeline and shifts ran before the rollups, kept for the
 * benchmark's comparison only: the same queries, answering how many rows they read back.
 */
final class LegacyTimelineQueries {

    private static final String CONFIRMED = "s.topic_id = :topic and s.status = 'CONFIRMED' and s.actor_id in (:actors)";

    private LegacyTimelineQueries() {
    }

    /** Period, month aggregates, each bucket's last statement and each actor's position before the period. */
    static int timeline(EntityManager em, long topic, List<Long> actors) {
        List<?> range = em.createNativeQuery("select min(s.said_on), max(s.said_on) from statement s where " + CONFIRMED)
                .setParameter("topic", topic).setParameter("actors", actors).getResultList();
        LocalDate start = LocalDate.of(2016, 1, 1);
        LocalDate end = LocalDate.of(2025, 12, 31);
        int rows = range.size();
        rows += em.createNativeQuery("select s.actor_id, s.said_month, count(*), "
                        + "avg(cast(s.stance as double precision)), min(s.stance), max(s.stance), max(s.intensity) "
                        + "from statement s where " + CONFIRMED + " and s.said_on between :start and :end "
                        + "group by s.actor_id, s.said_month")
                .setParameter("topic", topic).setParameter("actors", actors)
                .setParameter("start", start).setParameter("end", end).getResultList().size();
        rows += em.createNativeQuery("select actor_id, b, stance, id, said_on, intensity from ("
                        + "select s.actor_id, s.said_month as b, s.stance, s.id, s.said_on, s.intensity, "
                        + "row_number() over (partition by s.actor_id, s.said_month order by s.said_on desc, s.id desc) as rn "
                        + "from statement s where " + CONFIRMED + " and s.said_on between :start and :end) x where rn = 1")
                .setParameter("topic", topic).setParameter("actors", actors)
                .setParameter("start", start).setParameter("end", end).getResultList().size();
        for (Long actor : actors) {
            rows += em.createNativeQuery("select s.stance, s.id, s.said_on, s.intensity from statement s "
                            + "where s.topic_id = :topic and s.status = 'CONFIRMED' and s.actor_id = :actor "
                            + "and s.said_on <= :date order by s.said_on desc, s.id desc")
                    .setParameter("topic", topic).setParameter("actor", actor).setParameter("date", start.minusDays(1))
                    .setMaxResults(1).getResultList().size();
        }
        return rows;
    }

    static int shifts(EntityManager em, long topic, List<Long> actors) {
        return em.createNativeQuery("select actor_id, prev_id, id, said_on, stance - prev_stance, intensity - prev_intensity from ("
                        + "select s.actor_id, s.id, s.said_on, s.stance, s.intensity, "
                        + "lag(s.id) over (partition by s.actor_id order by s.said_on, s.id) as prev_id, "
                        + "lag(s.stance) over (partition by s.actor_id order by s.said_on, s.id) as prev_stance, "
                        + "lag(s.intensity) over (partition by s.actor_id order by s.said_on, s.id) as prev_intensity "
                        + "from statement s where s.topic_id = :topic and s.status = 'CONFIRMED' "
                        + "and s.actor_id in (:actors)) x where prev_id is not null "
                        + "and (stance <> prev_stance or intensity >= prev_intensity + 1) order by said_on desc, id desc")
                .setParameter("topic", topic).setParameter("actors", actors).setMaxResults(200).getResultList().size();
    }
}
