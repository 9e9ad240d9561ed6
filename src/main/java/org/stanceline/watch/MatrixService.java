package org.stanceline.watch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.stanceline.reference.Actor;
import org.stanceline.reference.Topic;
import org.stanceline.timeline.TimelineService;
import org.stanceline.timeline.TimelineViews;
import org.stanceline.web.StancelineConfig;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * The capitals × questions matrix. Positions come from the positions service (rollups, a bounded read per
 * question: the questions are a short reference list, so one call per question), the date of each pair's last
 * change from stance_shift in one grouped query.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class MatrixService {

    record LastChange(long topicId, long actorId, LocalDate date) {
    }

    @Inject
    TimelineService timeline;

    @Inject
    EntityManager em;

    @Inject
    StancelineConfig config;

    public MatrixViews.Matrix matrix(LocalDate at) {
        List<Topic> topics = Topic.listOrdered();
        List<Actor> actors = Actor.listOrdered();
        List<String> actorKeys = actors.stream().map(a -> a.slug).toList();
        Map<String, LocalDate> lastChanges = new HashMap<>();
        em.createQuery("select new org.stanceline.watch.MatrixService$LastChange(sh.topicId, sh.actorId, max(sh.saidOn)) "
                        + "from StanceShift sh where sh.saidOn <= :at group by sh.topicId, sh.actorId", LastChange.class)
                .setParameter("at", at).getResultList()
                .forEach(c -> lastChanges.put(c.topicId() + ":" + c.actorId(), c.date()));
        Map<String, Long> actorIds = new HashMap<>();
        actors.forEach(a -> actorIds.put(a.slug, a.id));

        List<MatrixViews.Cell> cells = new ArrayList<>();
        for (Topic topic : topics) {
            for (TimelineViews.Position p : timeline.positions(topic.slug, actorKeys, at).positions()) {
                String timelineLink = config.publicUrl() + "/?topic=" + topic.slug + "&actors=" + p.actor();
                if (p.stance() == null) {
                    cells.add(new MatrixViews.Cell(topic.slug, p.actor(), null, null, null, null, null, false, null,
                            null, timelineLink));
                    continue;
                }
                cells.add(new MatrixViews.Cell(topic.slug, p.actor(), p.stance(), topic.labelFor(p.stance()),
                        p.intensity(), p.date(), p.statementId(), p.stale(), ChronoUnit.DAYS.between(p.date(), at),
                        lastChanges.get(topic.id + ":" + actorIds.get(p.actor())), timelineLink));
            }
        }
        return new MatrixViews.Matrix(at, config.staleAfterDays(),
                topics.stream().map(t -> new MatrixViews.Question(t.slug, t.question, t.scaleLabels())).toList(),
                actors.stream().map(a -> new MatrixViews.Capital(a.slug, a.name, a.colour)).toList(), cells);
    }
}
