package org.stanceline.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.stanceline.reference.Actor;
import org.stanceline.reference.ReferenceService;
import org.stanceline.reference.Topic;
import org.stanceline.statement.Statement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Shifts: between two consecutive confirmed statements of an actor on a topic, the position changes or the
 * intensity rises by at least one step. The pairing (LAG over each actor's statements) runs in the database.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class ShiftService {

    @Inject
    EntityManager em;

    @Inject
    ReferenceService references;

    public TimelineViews.Shifts shifts(String topicKey, List<String> actorKeys, LocalDate from, LocalDate to,
                                       int limit) {
        Topic topic = references.requireTopic(topicKey);
        List<Actor> actors = references.requireActors(actorKeys);
        Map<Long, String> actorKeyById = actors.stream().collect(Collectors.toMap(a -> a.id, a -> a.slug));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select actor_id, prev_id, id, said_on, "
                        + "stance - prev_stance, intensity - prev_intensity from ("
                        + "select s.actor_id, s.id, s.said_on, s.stance, s.intensity, "
                        + "lag(s.id) over (partition by s.actor_id order by s.said_on, s.id) as prev_id, "
                        + "lag(s.stance) over (partition by s.actor_id order by s.said_on, s.id) as prev_stance, "
                        + "lag(s.intensity) over (partition by s.actor_id order by s.said_on, s.id) as prev_intensity "
                        + "from statement s where s.topic_id = :topic and s.status = 'CONFIRMED' "
                        + "and s.actor_id in (:actors) and s.said_on <= :to) x "
                        + "where prev_id is not null and said_on >= :from "
                        + "and (stance <> prev_stance or intensity >= prev_intensity + 1) "
                        + "order by said_on desc, id desc")
                .setParameter("topic", topic.id).setParameter("actors", TimelineService.ids(actors))
                .setParameter("from", from == null ? LocalDate.of(1, 1, 1) : from)
                .setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to)
                .setMaxResults(limit).getResultList();

        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(SqlValues.longValue(r[1]));
            ids.add(SqlValues.longValue(r[2]));
        });
        Map<Long, Statement> statements = new HashMap<>();
        if (!ids.isEmpty()) {
            Statement.<Statement>list("select s from Statement s join fetch s.speaker where s.id in ?1", ids)
                    .forEach(s -> statements.put(s.id, s));
        }
        List<TimelineViews.Shift> items = rows.stream().map(r -> new TimelineViews.Shift(
                actorKeyById.get(SqlValues.longValue(r[0])), SqlValues.date(r[3]),
                SqlValues.integer(r[4]), SqlValues.integer(r[5]),
                end(statements.get(SqlValues.longValue(r[1]))),
                end(statements.get(SqlValues.longValue(r[2]))))).toList();
        return new TimelineViews.Shifts(topic.slug, from, to, items);
    }

    private static TimelineViews.ShiftEnd end(Statement s) {
        return new TimelineViews.ShiftEnd(s.id, s.saidOn, s.stance, s.intensity, s.quote, s.verbatim,
                s.speaker.name, s.speaker.role, s.source.id);
    }
}
