package org.stanceline.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.kernel.PrecisionDates;
import org.stanceline.reference.Actor;
import org.stanceline.reference.ReferenceService;
import org.stanceline.reference.Topic;
import org.stanceline.watch.MatrixService;
import org.stanceline.watch.MatrixViews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * The matrix page from the positions matrix ({@link MatrixService}) for the briefing's capitals at its end date.
 * Two more queries, whatever the size: the precision of each position's statement, and the date and precision of
 * each pair's latest shift, so that no date is printed more exactly than it is known.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class BriefingMatrixBuilder {

    record Precision(long id, DatePrecision precision) {
    }

    record LastShift(long topicId, long actorId, LocalDate date, DatePrecision precision) {
    }

    @Inject
    MatrixService matrices;

    @Inject
    ReferenceService references;

    @Inject
    EntityManager em;

    public BriefingMatrix build(List<String> actorKeys, LocalDate at) {
        List<Actor> actors = references.requireActors(actorKeys);
        MatrixViews.Matrix matrix = matrices.matrix(at);
        Map<String, MatrixViews.Cell> cells = new HashMap<>();
        matrix.cells().forEach(c -> cells.put(c.topic() + "|" + c.actor(), c));
        List<Long> statementIds = matrix.cells().stream().map(MatrixViews.Cell::statementId).filter(Objects::nonNull)
                .toList();
        Map<Long, DatePrecision> precisions = new HashMap<>();
        if (!statementIds.isEmpty()) {
            em.createQuery("select new org.stanceline.briefing.BriefingMatrixBuilder$Precision(s.id, s.saidPrecision) "
                            + "from Statement s where s.id in :ids", Precision.class)
                    .setParameter("ids", statementIds).getResultList()
                    .forEach(p -> precisions.put(p.id(), p.precision()));
        }
        Map<String, LastShift> lastShifts = new HashMap<>();
        em.createQuery("select new org.stanceline.briefing.BriefingMatrixBuilder$LastShift(sh.topicId, sh.actorId, "
                        + "sh.saidOn, s.saidPrecision) from StanceShift sh, Statement s where s.id = sh.statementId "
                        + "and sh.saidOn = (select max(x.saidOn) from StanceShift x where x.topicId = sh.topicId "
                        + "and x.actorId = sh.actorId and x.saidOn <= :at)", LastShift.class)
                .setParameter("at", at).getResultList()
                .forEach(s -> lastShifts.putIfAbsent(s.topicId() + "|" + s.actorId(), s));

        List<BriefingMatrix.Row> rows = new ArrayList<>();
        for (Topic topic : Topic.listOrdered()) {
            List<BriefingMatrix.Cell> row = new ArrayList<>(actors.size());
            for (Actor actor : actors) {
                MatrixViews.Cell c = cells.get(topic.slug + "|" + actor.slug);
                if (c == null || c.stance() == null) {
                    row.add(new BriefingMatrix.Cell(null, null, "", "", false));
                    continue;
                }
                LastShift shift = lastShifts.get(topic.id + "|" + actor.id);
                row.add(new BriefingMatrix.Cell(c.stance(), c.word(),
                        PrecisionDates.formatShort(c.date(), precisions.get(c.statementId())),
                        shift == null ? "unchanged" : "changed " + PrecisionDates.formatShort(shift.date(), shift.precision()),
                        c.stale()));
            }
            rows.add(new BriefingMatrix.Row(topic.slug, topic.question, row));
        }
        return new BriefingMatrix(at, matrix.staleAfterDays(),
                actors.stream().map(a -> new BriefingMatrix.Capital(a.slug, a.name, a.colour)).toList(), rows);
    }
}
