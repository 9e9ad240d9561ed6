package org.stanceline.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.reference.Actor;
import org.stanceline.reference.ReferenceService;
import org.stanceline.reference.Scope;
import org.stanceline.reference.Topic;
import org.stanceline.rollup.RollupReader;
import org.stanceline.rollup.RollupRows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Shifts: between two consecutive confirmed statements of an actor on a topic, the position changes or the
 * intensity rises by at least one step. The pairs are kept on write (stance_shift); a request reads the newest
 * with both statements in one query.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class ShiftService {

    @Inject
    RollupReader rollups;

    @Inject
    ReferenceService references;

    public TimelineViews.Shifts shifts(String topicKey, List<String> actorKeys, LocalDate from, LocalDate to,
                                       int limit) {
        return shifts(references.scope(topicKey, actorKeys), from, to, limit);
    }

    public TimelineViews.Shifts shifts(Scope scope, LocalDate from, LocalDate to, int limit) {
        Topic topic = scope.topic();
        List<Actor> actors = scope.actors();
        Map<Long, String> actorKeyById = actors.stream().collect(Collectors.toMap(a -> a.id, a -> a.slug));
        List<TimelineViews.Shift> items = rollups.shifts(topic.id, TimelineService.ids(actors),
                        from == null ? LocalDate.of(1, 1, 1) : from, to == null ? LocalDate.of(9999, 12, 31) : to, limit)
                .stream().map(r -> view(r, actorKeyById)).toList();
        return new TimelineViews.Shifts(topic.slug, from, to, items);
    }

    /** An actor's shifts in a period: how many, and the latest. */
    public record ActorShifts(long count, TimelineViews.Shift latest) {
    }

    /**
     * Per actor key with shifts from {@code from} to {@code to}: their number and the latest, in two bounded reads
     * (the tally from the shift rows alone, then the latest days' shifts), however many shifts the period holds.
     */
    public Map<String, ActorShifts> tally(Scope scope, LocalDate from, LocalDate to) {
        Map<Long, String> actorKeyById = scope.actors().stream().collect(Collectors.toMap(a -> a.id, a -> a.slug));
        List<Long> ids = TimelineService.ids(scope.actors());
        List<RollupReader.ShiftTally> tallies = rollups.shiftTallies(scope.topic().id, ids, from, to);
        Map<Long, LocalDate> latestDay = tallies.stream()
                .collect(Collectors.toMap(RollupReader.ShiftTally::actorId, RollupReader.ShiftTally::latest));
        Map<Long, RollupRows.ShiftRow> latest = new java.util.HashMap<>();
        // Newest first: the first row of an actor on its latest day is its latest shift.
        rollups.shiftsOn(scope.topic().id, latestDay.keySet(), java.util.Set.copyOf(latestDay.values())).stream()
                .filter(r -> r.date().equals(latestDay.get(r.actorId())))
                .forEach(r -> latest.putIfAbsent(r.actorId(), r));
        Map<String, ActorShifts> byActor = new java.util.HashMap<>();
        for (RollupReader.ShiftTally t : tallies) {
            byActor.put(actorKeyById.get(t.actorId()),
                    new ActorShifts(t.count(), view(latest.get(t.actorId()), actorKeyById)));
        }
        return byActor;
    }

    private static TimelineViews.Shift view(RollupRows.ShiftRow r, Map<Long, String> actorKeyById) {
        return new TimelineViews.Shift(actorKeyById.get(r.actorId()), r.date(),
                r.afterPrecision().label(), r.stanceChange(), r.intensityChange(),
                new TimelineViews.ShiftEnd(r.beforeId(), r.beforeDate(), r.beforePrecision().label(),
                        r.beforeStance(), r.beforeIntensity(), r.beforeQuote(), r.beforeVerbatim(),
                        r.beforeSpeaker(), r.beforeRole(), r.beforeSourceId()),
                new TimelineViews.ShiftEnd(r.afterId(), r.afterDate(), r.afterPrecision().label(),
                        r.afterStance(), r.afterIntensity(), r.afterQuote(), r.afterVerbatim(),
                        r.afterSpeaker(), r.afterRole(), r.afterSourceId()));
    }
}
