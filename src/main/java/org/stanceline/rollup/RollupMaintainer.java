package org.stanceline.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.stanceline.statement.StatementChanged;
import org.stanceline.statement.StatementStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the rollups and shifts right after each write of one statement, in the writing transaction: only the
 * buckets holding the statement before and after the write are recomputed (from the statements said in
 * them), and only the shift rows whose pair of consecutive statements changed.
 */
@ApplicationScoped
public class RollupMaintainer {

    private static final String COUNTED = "select new org.stanceline.rollup.RollupRows$Counted(s.id, s.saidOn, "
            + "s.stance, s.intensity) from Statement s where s.topic.id = :topic and s.status = :confirmed "
            + "and s.actor.id = :actor ";

    @Inject
    EntityManager em;

    @Inject
    RollupWriter writer;

    void onStatementChanged(@Observes StatementChanged change) {
        if (!change.affectsConfirmed()) {
            return;
        }
        writer.lock();
        List<StatementChanged.State> counted = Stream.of(change.before(), change.after())
                .filter(s -> s != null && s.confirmed()).toList();
        writer.replaceBuckets(recomputeBuckets(counted));
        refreshShifts(change);
    }

    /**
     * The day, week and month buckets holding each state, recomputed: one read per state of the statements
     * said in its week and month (a range of at most six weeks of one actor on one topic).
     */
    private Map<RollupRows.BucketKey, RollupRows.BucketRow> recomputeBuckets(List<StatementChanged.State> states) {
        Map<RollupRows.BucketKey, RollupRows.BucketRow> rows = new LinkedHashMap<>();
        for (StatementChanged.State state : states) {
            LocalDate week = RollupKind.WEEK.startOf(state.saidOn());
            LocalDate month = RollupKind.MONTH.startOf(state.saidOn());
            LocalDate first = week.isBefore(month) ? week : month;
            LocalDate weekEnd = RollupKind.WEEK.endOf(week);
            LocalDate monthEnd = RollupKind.MONTH.endOf(month);
            List<RollupRows.Counted> statements = em.createQuery(COUNTED + "and s.saidOn between :first and :last "
                            + "order by s.saidOn, s.id", RollupRows.Counted.class)
                    .setParameter("topic", state.topicId()).setParameter("confirmed", StatementStatus.CONFIRMED)
                    .setParameter("actor", state.actorId()).setParameter("first", first)
                    .setParameter("last", weekEnd.isAfter(monthEnd) ? weekEnd : monthEnd).getResultList();
            for (RollupKind kind : RollupKind.values()) {
                RollupRows.BucketKey key = new RollupRows.BucketKey(state.topicId(), state.actorId(), kind,
                        kind.startOf(state.saidOn()));
                rows.put(key, aggregate(key, statements));
            }
        }
        return rows;
    }

    /** The bucket's row from the statements (in said order), null when none falls in it. */
    static RollupRows.BucketRow aggregate(RollupRows.BucketKey key, List<RollupRows.Counted> statements) {
        RollupRows.BucketRow row = null;
        for (RollupRows.Counted s : statements) {
            if (key.kind().startOf(s.saidOn()).equals(key.start())) {
                RollupRows.BucketRow one = new RollupRows.BucketRow(key.actorId(), key.start(), 1, s.stance(),
                        s.stance(), s.stance(), s.intensity(), s.saidOn(), s.id(), s.saidOn(), s.stance(),
                        s.intensity());
                row = row == null ? one : row.plus(one);
            }
        }
        return row;
    }

    /**
     * Removing a statement from a sequence (topic and actor, in said order) changes only its successor's pair;
     * inserting it changes its own pair and its new successor's. So the rows to recompute are the statement's
     * and its successors' at the old and at the new place.
     */
    private void refreshShifts(StatementChanged change) {
        long id = change.statementId();
        Set<Long> refreshed = new LinkedHashSet<>();
        refreshed.add(id);
        List<RollupRows.ShiftKey> shifts = new ArrayList<>();
        if (change.before() != null && change.before().confirmed()) {
            neighbour(change.before(), id, true).ifPresent(next -> {
                if (refreshed.add(next.id())) {
                    shift(change.before(), next).ifPresent(shifts::add);
                }
            });
        }
        StatementChanged.State after = change.after();
        if (after.confirmed()) {
            shift(after, new RollupRows.Counted(id, after.saidOn(), after.stance(), after.intensity()))
                    .ifPresent(shifts::add);
            neighbour(after, id, true).ifPresent(next -> {
                if (refreshed.add(next.id())) {
                    shift(after, next).ifPresent(shifts::add);
                }
            });
        }
        writer.replaceShifts(refreshed, shifts);
    }

    /** The shift ending at this statement of the sequence, if its pair with its predecessor is one. */
    private Optional<RollupRows.ShiftKey> shift(StatementChanged.State sequence, RollupRows.Counted statement) {
        return neighbour(sequence, statement.saidOn(), statement.id(), false)
                .filter(prev -> prev.stance() != statement.stance() || statement.intensity() >= prev.intensity() + 1)
                .map(prev -> new RollupRows.ShiftKey(statement.id(), prev.id(), sequence.topicId(), sequence.actorId(),
                        statement.saidOn(), statement.stance() - prev.stance(),
                        statement.intensity() - prev.intensity()));
    }

    private Optional<RollupRows.Counted> neighbour(StatementChanged.State at, long id, boolean next) {
        return neighbour(at, at.saidOn(), id, next);
    }

    /**
     * The confirmed statement of the state's sequence right after (or before) the place (date, id), other than
     * the statement with that id: one index seek on (topic, status, actor, said_on, id).
     */
    private Optional<RollupRows.Counted> neighbour(StatementChanged.State sequence, LocalDate saidOn, long id,
                                                   boolean next) {
        // ORDER BY names the index's leading (filtered) columns too: only then does H2 walk the index in order and
        // stop at the first row, instead of sorting all of the actor's statements after the date.
        String where = next
                ? "and s.saidOn >= :date and (s.saidOn > :date or s.id > :id) "
                        + "order by s.topic.id, s.status, s.actor.id, s.saidOn, s.id"
                : "and s.saidOn <= :date and (s.saidOn < :date or s.id < :id) "
                        + "order by s.topic.id desc, s.status desc, s.actor.id desc, s.saidOn desc, s.id desc";
        return em.createQuery(COUNTED + "and s.id <> :id " + where, RollupRows.Counted.class)
                .setParameter("topic", sequence.topicId()).setParameter("confirmed", StatementStatus.CONFIRMED)
                .setParameter("actor", sequence.actorId()).setParameter("date", saidOn).setParameter("id", id)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
