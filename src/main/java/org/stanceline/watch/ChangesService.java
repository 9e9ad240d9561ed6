package org.stanceline.watch;

import org.stanceline.kernel.Invalid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.reference.Actor;
import org.stanceline.reference.ReferenceService;
import org.stanceline.reference.Topic;
import org.stanceline.timeline.TimelineService;
import org.stanceline.timeline.TimelineViews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Confirmed statements said on or after a date and the shifts they made, grouped by question and capital, each
 * group with its position before the date (from the positions service) and after. "Since" counts by the date a
 * statement was said, as the timeline does, not by when it was confirmed.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class ChangesService {

    @Inject
    ReferenceService references;

    @Inject
    StatementItems items;

    @Inject
    TimelineService timeline;

    @Inject
    WatchConfig config;

    public ChangesViews.Changes since(LocalDate since, String topicKey, List<String> actorKeys, LocalDate today) {
        if (since == null) {
            throw new Invalid("Parameter 'since' is required (YYYY-MM-DD)");
        }
        if (since.isAfter(today)) {
            throw new Invalid("Parameter 'since' (" + since + ") is in the future; today is " + today);
        }
        List<Topic> topics = topicKey == null || topicKey.isBlank() ? Topic.listOrdered()
                : List.of(references.requireTopic(topicKey));
        List<Actor> actors = references.requireActors(actorKeys);
        List<StatementItem> found = items.confirmedSince(topics.stream().map(t -> t.id).toList(),
                actorKeys.isEmpty() ? null : actors.stream().map(a -> a.id).toList(), since, config.maxChanges() + 1);
        boolean truncated = found.size() > config.maxChanges();
        List<StatementItem> statements = truncated ? found.subList(0, config.maxChanges()) : found;
        Map<Long, ShiftItem> shifts = items.shiftsEndingAt(statements.stream().map(StatementItem::id).toList());

        Map<String, Map<String, List<StatementItem>>> grouped = statements.stream().collect(Collectors.groupingBy(
                StatementItem::topic, Collectors.groupingBy(StatementItem::actor, LinkedHashMap::new, Collectors.toList())));
        List<ChangesViews.TopicChanges> result = new ArrayList<>();
        for (Topic topic : topics) {
            Map<String, List<StatementItem>> byActor = grouped.get(topic.slug);
            if (byActor == null) {
                continue;
            }
            Map<String, StatementItem> before = positionsBefore(topic, byActor.keySet(), since);
            List<ChangesViews.ActorChanges> groups = actors.stream().filter(a -> byActor.containsKey(a.slug))
                    .map(a -> {
                        List<StatementItem> said = byActor.get(a.slug);
                        return new ChangesViews.ActorChanges(a.slug, a.name, before.get(a.slug), said.get(0),
                                said.stream().map(s -> shifts.get(s.id())).filter(Objects::nonNull).toList(), said);
                    }).toList();
            result.add(new ChangesViews.TopicChanges(topic.slug, topic.question, groups));
        }
        return new ChangesViews.Changes(since, today, truncated, statements.size(), shifts.size(), result);
    }

    /** Each actor's position the day before {@code since}, as the statement that set it. */
    private Map<String, StatementItem> positionsBefore(Topic topic, Collection<String> actorKeys, LocalDate since) {
        TimelineViews.Positions positions = timeline.positions(topic.slug, List.copyOf(actorKeys), since.minusDays(1));
        Map<Long, StatementItem> statements = items.byId(positions.positions().stream()
                .map(TimelineViews.Position::statementId).filter(Objects::nonNull).toList());
        Map<String, StatementItem> before = new LinkedHashMap<>();
        positions.positions().forEach(p -> {
            if (p.statementId() != null) {
                before.put(p.actor(), statements.get(p.statementId()));
            }
        });
        return before;
    }
}
