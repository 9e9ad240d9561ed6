package org.stanceline.chart;

import org.stanceline.timeline.TimelineQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.event.Event;
import org.stanceline.reference.Actor;
import org.stanceline.reference.ReferenceService;
import org.stanceline.reference.Topic;
import org.stanceline.kernel.PrecisionDates;
import org.stanceline.statement.Statement;
import org.stanceline.timeline.TimelineService;
import org.stanceline.timeline.TimelineViews;
import org.stanceline.web.StancelineConfig;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Turns the timeline service's output into a {@link ChartState}: what to draw, decided once for every format. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class ChartStateService {

    @Inject
    TimelineService timeline;

    @Inject
    ReferenceService references;

    @Inject
    StancelineConfig config;

    public ChartState build(TimelineQuery request) {
        Topic topic = references.requireTopic(request.topic());
        TimelineViews.Timeline t = timeline.timeline(topic.slug, request.actors(), request.from(), request.to(),
                request.bucket());
        Map<String, Actor> actors = references.requireActors(request.actors()).stream()
                .collect(Collectors.toMap(a -> a.slug, Function.identity()));
        List<ChartState.Line> lines = new ArrayList<>();
        long count = 0;
        for (TimelineViews.Series series : t.series()) {
            Actor actor = actors.get(series.actor());
            List<ChartState.Step> steps = new ArrayList<>();
            Integer previous = Integer.MIN_VALUE;
            for (TimelineViews.Point p : series.points()) {
                count += p.count();
                // Only changes are steps: fewer points, same line.
                if (!java.util.Objects.equals(p.position(), previous)) {
                    steps.add(new ChartState.Step(p.start(), p.position()));
                    previous = p.position();
                }
            }
            Integer last = series.points().isEmpty() ? null : series.points().get(series.points().size() - 1).position();
            lines.add(new ChartState.Line(actor.slug, actor.name, actor.colour, steps, last));
        }
        List<ChartState.Marker> markers = new ArrayList<>();
        int number = 1;
        for (Event e : events(t.from(), t.to())) {
            markers.add(new ChartState.Marker(number++, e.startsOn, e.endsOn, e.label, e.kind));
        }
        LocalDate asOf = dataAsOf(topic);
        String permalink = config.publicUrl().replaceAll("/+$", "") + "/?" + request.query();
        String subtitle = "Position of each actor by " + t.bucket() + ", " + PrecisionDates.dayShort(t.from()) + " – "
                + PrecisionDates.dayShort(t.to());
        String sourceLine = "Stanceline · " + count + (count == 1 ? " statement" : " statements") + " · data as of "
                + (asOf == null ? "–" : asOf.toString()) + " · " + permalink;
        return new ChartState(topic.slug, topic.question, subtitle, t.bucket(), t.from(), t.to(),
                List.copyOf(topic.scaleLabels().values()), lines, markers, count, asOf, permalink, sourceLine);
    }

    public static List<Event> events(LocalDate from, LocalDate to) {
        return Event.list("startsOn <= :to and coalesce(endsOn, startsOn) >= :from order by startsOn, id",
                Parameters.with("from", from).and("to", to));
    }

    /** Day of the latest change to the topic's statements. */
    public static LocalDate dataAsOf(Topic topic) {
        Instant latest = Statement.getEntityManager()
                .createQuery("select max(s.updatedAt) from Statement s where s.topic = :topic", Instant.class)
                .setParameter("topic", topic).getSingleResult();
        return latest == null ? null : latest.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
