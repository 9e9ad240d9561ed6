package org.stanceline.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * The matrix page from the positions matrix ({@link MatrixService}) for the briefing's capitals at its end date,
 * each date at the precision the matrix gives it.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class BriefingMatrixBuilder {

    @Inject
    MatrixService matrices;

    @Inject
    ReferenceService references;

    public BriefingMatrix build(List<String> actorKeys, LocalDate at) {
        List<Actor> actors = references.requireActors(actorKeys);
        MatrixViews.Matrix matrix = matrices.matrix(at);
        Map<String, MatrixViews.Cell> cells = new HashMap<>();
        matrix.cells().forEach(c -> cells.put(c.topic() + "|" + c.actor(), c));
        List<BriefingMatrix.Row> rows = new ArrayList<>();
        for (Topic topic : Topic.listOrdered()) {
            List<BriefingMatrix.Cell> row = new ArrayList<>(actors.size());
            for (Actor actor : actors) {
                MatrixViews.Cell c = cells.get(topic.slug + "|" + actor.slug);
                if (c == null || c.stance() == null) {
                    row.add(new BriefingMatrix.Cell(null, null, "", "", false));
                    continue;
                }
                row.add(new BriefingMatrix.Cell(c.stance(), c.word(),
                        PrecisionDates.formatShort(c.date(), DatePrecision.parse(c.datePrecision())),
                        c.lastChange() == null ? "unchanged" : "changed " + PrecisionDates.formatShort(c.lastChange(),
                                DatePrecision.parse(c.lastChangePrecision())),
                        c.stale()));
            }
            rows.add(new BriefingMatrix.Row(topic.slug, topic.question, row));
        }
        return new BriefingMatrix(at, matrix.staleAfterDays(),
                actors.stream().map(a -> new BriefingMatrix.Capital(a.slug, a.name, a.colour)).toList(), rows);
    }
}
