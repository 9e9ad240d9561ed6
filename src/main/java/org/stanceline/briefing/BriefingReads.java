package org.stanceline.briefing;

import org.stanceline.reference.Actor;
import org.stanceline.reference.Topic;
import org.stanceline.statement.Statement;
import org.stanceline.statement.StatementStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The statement reads of a briefing, each one bounded query over the period's statements of the scope. */
final class BriefingReads {

    private BriefingReads() {
    }

    static List<Statement> inPeriod(Topic topic, List<Actor> actors, LocalDate start, LocalDate end,
                                            String orderBy, int max) {
        return Statement.<Statement>find("select s from Statement s join fetch s.source join fetch s.speaker "
                        + "join fetch s.actor where s.topic = ?1 and s.actor in ?2 "
                        + "and s.status = org.stanceline.statement.StatementStatus.CONFIRMED "
                        + "and s.saidOn between ?3 and ?4 order by " + orderBy, topic, actors, start, end)
                .range(0, max - 1).list();
    }

    static final Comparator<Statement> FIRST = Comparator.<Statement, LocalDate>comparing(s -> s.saidOn)
            .thenComparing(s -> s.id);

    /**
     * In one query: the statements behind the positions and shifts, and each actor's first confirmed statement of
     * the period (none of its confirmed statements in the period comes before it).
     */
    static List<Statement> neededAndFirst(Topic topic, List<Actor> actors, LocalDate start, LocalDate end,
                                                  Set<Long> ids) {
        return Statement.<Statement>find("select s from Statement s join fetch s.source join fetch s.speaker "
                        + "join fetch s.actor where s.id in ?1 or (s.topic = ?2 and s.actor in ?3 and s.status = ?4 "
                        + "and s.saidOn between ?5 and ?6 and not exists (select e.id from Statement e "
                        + "where e.topic = s.topic and e.actor = s.actor and e.status = ?4 and e.saidOn between ?5 and ?6 "
                        + "and (e.saidOn < s.saidOn or (e.saidOn = s.saidOn and e.id < s.id))))",
                ids.isEmpty() ? Set.of(-1L) : ids, topic, actors, StatementStatus.CONFIRMED, start, end).list();
    }

    /** How many of the period's statements have each review status. */
    record StatusCount(StatementStatus status, long count) {
    }

    static Map<StatementStatus, Long> countsByStatus(Topic topic, List<Actor> actors, LocalDate from,
                                                           LocalDate to) {
        Map<StatementStatus, Long> counts = new java.util.EnumMap<>(StatementStatus.class);
        Statement.getEntityManager().createQuery("select new org.stanceline.briefing.BriefingReads$StatusCount("
                        + "s.status, count(s)) from Statement s where s.topic = :topic and s.actor in :actors "
                        + "and s.saidOn between :from and :to group by s.status", StatusCount.class)
                .setParameter("topic", topic).setParameter("actors", actors).setParameter("from", from)
                .setParameter("to", to).getResultList().forEach(c -> counts.put(c.status(), c.count()));
        return counts;
    }
}
