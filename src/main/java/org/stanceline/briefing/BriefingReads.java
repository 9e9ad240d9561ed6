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

    static final Comparator<Statement> FIRST = Comparator.<Statement, LocalDate>comparing(s -> s.saidOn)
            .thenComparing(s -> s.id);

    /** These statements with their source, speaker and actor, in one query. */
    static List<Statement> byIds(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Left joins keep the statement the driving table (see StatementService.byIds).
        return Statement.<Statement>find("select s from Statement s left join fetch s.source left join fetch s.speaker "
                + "left join fetch s.actor where s.id in ?1", ids).list();
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

    /** How many of the period's statements have one review status. */
    record StatusCount(StatementStatus status, long count) {
    }

    /** A strength class of the scale, strongest first: an intensity and the stances of one distance from 0. */
    private record StrengthClass(int intensity, List<Integer> stances) {
    }

    private static final List<StrengthClass> STRONGEST_FIRST = strengthClasses();

    private static List<StrengthClass> strengthClasses() {
        List<StrengthClass> classes = new java.util.ArrayList<>();
        for (int intensity = 3; intensity >= 0; intensity--) {
            classes.add(new StrengthClass(intensity, List.of(-2, 2)));
            classes.add(new StrengthClass(intensity, List.of(-1, 1)));
            classes.add(new StrengthClass(intensity, List.of(0)));
        }
        return List.copyOf(classes);
    }

    /**
     * The period's {@code max} strongest confirmed statements: by intensity, then distance of the stance from 0,
     * then newest. Each strength class is one range of {@code ix_statement_strength}, asked strongest first until
     * {@code max} are found, so a whole record costs the newest entries of its strongest class or two rather than
     * a sort of every statement (seconds at a million). At most the scale's twelve classes are asked, whatever the
     * corpus. With {@code everyActor} the actor condition is left out: it would only repeat the topic's.
     */
    static List<Statement> strongest(Topic topic, List<Actor> actors, boolean everyActor, LocalDate start,
                                     LocalDate end, int max) {
        List<Long> ids = new java.util.ArrayList<>();
        for (StrengthClass strength : STRONGEST_FIRST) {
            if (ids.size() >= max) {
                break;
            }
            var query = Statement.getEntityManager().createQuery("select s.id from Statement s where s.topic = :topic "
                            + "and s.status = :confirmed and s.intensity = :intensity and s.stance in :stances "
                            + "and s.saidOn between :start and :end" + (everyActor ? "" : " and s.actor in :actors")
                            + " order by s.saidOn desc, s.id", Long.class)
                    .setParameter("topic", topic).setParameter("confirmed", StatementStatus.CONFIRMED)
                    .setParameter("intensity", strength.intensity()).setParameter("stances", strength.stances())
                    .setParameter("start", start).setParameter("end", end);
            if (!everyActor) {
                query.setParameter("actors", actors);
            }
            ids.addAll(query.setMaxResults(max - ids.size()).getResultList());
        }
        Map<Long, Statement> byId = byIds(Set.copyOf(ids)).stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.id, s -> s));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * How many of the period's statements have each review status. The confirmed ones are counted by the rollups;
     * the proposed and rejected (a small share of a record) from the statements' index, one range per status.
     */
    static Map<StatementStatus, Long> countsByStatus(RollupReader rollups, Topic topic, List<Actor> actors,
                                                     boolean everyActor, LocalDate from, LocalDate to) {
        Map<StatementStatus, Long> counts = new java.util.EnumMap<>(StatementStatus.class);
        counts.put(StatementStatus.CONFIRMED,
                rollups.confirmedCount(topic.id, actors.stream().map(a -> a.id).toList(), from, to));
        var query = Statement.getEntityManager().createQuery("select new org.stanceline.briefing.BriefingReads$StatusCount("
                        + "s.status, count(s)) from Statement s where s.topic = :topic and s.status in :unconfirmed "
                        + "and s.saidOn between :from and :to" + (everyActor ? "" : " and s.actor in :actors")
                        + " group by s.status", StatusCount.class)
                .setParameter("topic", topic).setParameter("from", from).setParameter("to", to)
                .setParameter("unconfirmed", List.of(StatementStatus.PROPOSED, StatementStatus.REJECTED));
        if (!everyActor) {
            query.setParameter("actors", actors);
        }
        query.getResultList().forEach(c -> counts.put(c.status(), c.count()));
        return counts;
    }
}
