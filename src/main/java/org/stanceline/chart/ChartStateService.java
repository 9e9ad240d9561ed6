package org.stanceline.chart;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.event.Event;
import org.stanceline.reference.Actor;
import org.stanceline.reference.ReferenceService;
import org.stanceline.reference.Topic;
import org.stanceline.statement.Statement;
import org.stanceline.statement.StatementService;
import org.stanceline.statement.StatementView;
import org.stanceline.timeline.TimelineQuery;
import org.stanceline.timeline.TimelineService;
import org.stanceline.timeline.TimelineViews;
import org.stanceline.web.StancelineConfig;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Reads what a chart needs for a permalink's parameters and builds its {@link ChartModel}: the one chart state that
 * the dashboard, the static SVG/PNG and the briefings draw.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class ChartStateService {

    @Inject
    TimelineService timeline;

    @Inject
    StatementService statements;

    @Inject
    ReferenceService references;

    @Inject
    StancelineConfig config;

    public ChartModel build(TimelineQuery request) {
        Topic topic = references.requireTopic(request.topic());
        // The timeline decides the period (bucket-aligned, or the data's extent when from/to are open).
        TimelineViews.Timeline t = timeline.timeline(topic.slug, request.actors(), request.from(), request.to(),
                request.bucket());
        List<String> keys = t.series().stream().map(TimelineViews.Series::actor).toList();
        Map<String, ChartModel.Carried> carried = new HashMap<>();
        for (TimelineViews.Position p : timeline.positions(topic.slug, keys, t.from().minusDays(1)).positions()) {
            if (p.stance() != null) {
                carried.put(p.actor(), new ChartModel.Carried(p.stance(), p.date()));
            }
        }
        List<Actor> all = references.requireActors(List.of());
        List<Long> selectedIds = all.stream().filter(a -> keys.contains(a.slug)).map(a -> a.id).toList();
        Markers markers = markers(t, topic.id, selectedIds);
        List<ChartModelBuilder.ActorInfo> actors = all.stream().map(ChartStateService::actorInfo).toList();
        List<ChartModelBuilder.EventInfo> events = events(t.from(), t.to()).stream()
                .map(e -> new ChartModelBuilder.EventInfo(e.id, e.startsOn, e.endsOn, e.label, e.kind, e.url))
                .toList();
        String permalink = config.publicUrl().replaceAll("/+$", "") + "/?" + request.query();
        return ChartModelBuilder.build(new ChartModelBuilder.Input(
                new ChartModelBuilder.TopicInfo(topic.slug, topic.question, topic.scaleLabels()), actors, keys,
                t.bucket(), t.from(), t.to(), t.staleAfterDays(), carried, markers.statements(), events,
                dataAsOf(topic), permalink, markers.count(), markers.note()));
    }

    /** The statements a chart draws, how many the period holds, and what the markers stand for when not all. */
    record Markers(List<StatementView> statements, Long count, String note) {
    }

    /**
     * Every confirmed statement of the period while they are few. Above {@code stanceline.charts.max-markers}
     * (the rollups count them, so nothing is read to find out) only the last statement of each actor's bucket:
     * the position the timeline itself shows for that bucket, so each marker still opens a quote and its source,
     * and a chart's cost follows its buckets rather than the corpus.
     */
    Markers markers(TimelineViews.Timeline t, long topicId, List<Long> actorIds) {
        long count = t.series().stream().flatMap(s -> s.points().stream()).mapToLong(TimelineViews.Point::count).sum();
        int max = config.charts().maxMarkers();
        if (count <= max) {
            return new Markers(statements.confirmedInPeriod(topicId, actorIds, t.from(), t.to(), max), null, null);
        }
        List<Long> lastOfBuckets = t.series().stream().flatMap(s -> s.points().stream())
                .filter(p -> p.count() > 0 && p.positionStatementId() != null)
                .map(TimelineViews.Point::positionStatementId).distinct().toList();
        return new Markers(statements.byIds(lastOfBuckets), count,
                "each marker is a capital's last statement of its " + t.bucket());
    }

    private static ChartModelBuilder.ActorInfo actorInfo(Actor a) {
        return new ChartModelBuilder.ActorInfo(a.slug, a.name, a.colour, a.displayOrder);
    }

    public static List<Event> events(LocalDate from, LocalDate to) {
        return Event.list("startsOn <= :to and coalesce(endsOn, startsOn) >= :from order by startsOn, id",
                Parameters.with("from", from).and("to", to));
    }

    /** Day of the latest change to the topic's statements. */
    public static LocalDate dataAsOf(Topic topic) {
        // Ordered by the index's columns so that H2 as well as PostgreSQL reads one row from its end (V14).
        List<Instant> latest = Statement.getEntityManager()
                .createQuery("select s.updatedAt from Statement s where s.topic.id = :topic "
                        + "order by s.topic.id desc, s.updatedAt desc", Instant.class)
                .setParameter("topic", topic.id).setMaxResults(1).getResultList();
        return latest.isEmpty() ? null : latest.get(0).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
