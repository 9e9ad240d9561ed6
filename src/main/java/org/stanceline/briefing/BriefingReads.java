package org.stanceline.briefing;

import org.stanceline.reference.Actor;
import org.stanceline.reference.Topic;
import org.stanceline.rollup.RollupReader;
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

    /**
     * The period's first {@code max} confirmed statements in this order. The ids are picked first and the rows with
     * their source and speaker loaded after, so the sort never carries the articles' texts (at a million statements
     * that join made a briefing outlast its transaction).
     */
    static List<Statement> inPeriod(Topic topic, List<Actor> actors, LocalDate start, LocalDate end,
                                            String orderBy, int max) {
        List<Long> ids = Statement.getEntityManager().createQuery("select s.id from Statement s where s.topic = :topic "
                        + "and s.actor in :actors and s.status = :confirmed and s.saidOn between :start and :end "
                        + "order by " + orderBy, Long.class)
                .setParameter("topic", topic).setParameter("actors", actors)
                .setParameter("confirmed", StatementStatus.CONFIRMED).setParameter("start", start)
                .setParameter("end", end).setMaxResults(max).getResultList();
        Map<Long, Statement> byId = byIds(Set.copyOf(ids)).stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.id, s -> s));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    static final Comparator<Statement> FIRST = Comparator.<Statement, LocalDate>comparing(s -> s.saidOn)
            .thenComparing(s -> s.id);

    /** These statements with their source, speaker and actor, in one query. */
    static List<Statement> byIds(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Statement.<Statement>find("select s from Statement s join fetch s.source join fetch s.speaker "
                + "join fetch s.actor where s.id in ?1", ids).list();
    }

    /**
     * Each actor's first confirmed statement of the period, given its first day (from the rollups): the statements
     * of those days, the earliest id of the day winning. One bounded read, where a correlated NOT EXISTS read
     * every statement at a million.
     */
    static Map<Long, Statement> firstOfEachActor(Topic topic, List<RollupReader.FirstDay> days) {
        if (days.isEmpty()) {
            return Map.of();
        }
        Map<Long, LocalDate> dayOf = new java.util.HashMap<>();
        days.forEach(d -> dayOf.put(d.actorId(), d.day()));
        // Keys first, from the index alone; the rows with their source and speaker only for the winners.
        Map<Long, DayStatement> firstKey = new java.util.HashMap<>();
        Statement.getEntityManager().createQuery("select new org.stanceline.briefing.BriefingReads$DayStatement("
                        + "s.id, s.actor.id, s.saidOn) from Statement s where s.topic = :topic and s.status = :confirmed "
                        + "and s.actor.id in :actors and s.saidOn in :days", DayStatement.class)
                .setParameter("topic", topic).setParameter("confirmed", StatementStatus.CONFIRMED)
                .setParameter("actors", dayOf.keySet()).setParameter("days", Set.copyOf(dayOf.values()))
                .getResultList().stream().filter(k -> k.saidOn().equals(dayOf.get(k.actorId())))
                .forEach(k -> firstKey.merge(k.actorId(), k, (a, b) -> a.id() <= b.id() ? a : b));
        Map<Long, Statement> first = new java.util.HashMap<>();
        byIds(firstKey.values().stream().map(DayStatement::id).collect(java.util.stream.Collectors.toSet()))
                .forEach(s -> first.put(s.actor.id, s));
        return first;
    }

    /** A statement's key and day. */
    record DayStatement(long id, long actorId, LocalDate saidOn) {
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
