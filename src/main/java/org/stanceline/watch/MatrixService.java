package org.stanceline.watch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.stanceline.kernel.DatePrecision;
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
 * change from stance_shift in one query, and the precision of each position's statement in one more, so that no
 * date is shown more exactly than it is known.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class MatrixService {

    record LastChange(long topicId, long actorId, LocalDate date, DatePrecision precision) {
    }

    record Precision(long id, DatePrecision precision) {
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
        Map<String, LastChange> lastChanges = new HashMap<>();
        em.createQuery("select new org.stanceline.watch.MatrixService$LastChange(sh.topicId, sh.actorId, sh.saidOn, "
                        + "s.saidPrecision) from StanceShift sh, Statement s where s.id = sh.statementId "
                        + "and sh.saidOn = (select max(x.saidOn) from StanceShift x where x.topicId = sh.topicId "
                        + "and x.actorId = sh.actorId and x.saidOn <= :at)", LastChange.class)
                .setParameter("at", at).getResultList()
                .forEach(c -> lastChanges.putIfAbsent(c.topicId() + ":" + c.actorId(), c));
        Map<String, Long> actorIds = new HashMap<>();
        actors.forEach(a -> actorIds.put(a.slug, a.id));

        Map<Long, TimelineViews.Position> positions = new HashMap<>();
        Map<String, List<TimelineViews.Position>> byTopic = new HashMap<>();
        for (Topic topic : topics) {
            List<TimelineViews.Position> list = timeline.positions(topic.slug, actorKeys, at).positions();
            byTopic.put(topic.slug, list);
            list.stream().filter(p -> p.statementId() != null).forEach(p -> positions.put(p.statementId(), p));
        }
        Map<Long, DatePrecision> precisions = new HashMap<>();
        if (!positions.isEmpty()) {
            em.createQuery("select new org.stanceline.watch.MatrixService$Precision(s.id, s.saidPrecision) "
                            + "from Statement s where s.id in :ids", Precision.class)
                    .setParameter("ids", positions.keySet()).getResultList()
                    .forEach(p -> precisions.put(p.id(), p.precision()));
        }

        List<MatrixViews.Cell> cells = new ArrayList<>();
        for (Topic topic : topics) {
            for (TimelineViews.Position p : byTopic.get(topic.slug)) {
                String timelineLink = config.publicUrl() + "/?topic=" + topic.slug + "&actors=" + p.actor();
                if (p.stance() == null) {
                    cells.add(new MatrixViews.Cell(topic.slug, p.actor(), null, null, null, null, null, null, false,
                            null, null, null, timelineLink));
                    continue;
                }
                LastChange change = lastChanges.get(topic.id + ":" + actorIds.get(p.actor()));
                cells.add(new MatrixViews.Cell(topic.slug, p.actor(), p.stance(), topic.labelFor(p.stance()),
                        p.intensity(), p.date(), label(precisions.get(p.statementId())), p.statementId(), p.stale(),
                        ChronoUnit.DAYS.between(p.date(), at), change == null ? null : change.date(),
                        change == null ? null : label(change.precision()), timelineLink));
            }
        }
        return new MatrixViews.Matrix(at, config.staleAfterDays(),
                topics.stream().map(t -> new MatrixViews.Question(t.slug, t.question, t.scaleLabels())).toList(),
                actors.stream().map(a -> new MatrixViews.Capital(a.slug, a.name, a.colour)).toList(), cells);
    }

    private static String label(DatePrecision precision) {
        return (precision == null ? DatePrecision.DAY : precision).label();
    }
}
