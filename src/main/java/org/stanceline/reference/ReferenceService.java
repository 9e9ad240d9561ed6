package org.stanceline.reference;

import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.stanceline.kernel.ReadMemo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

@ApplicationScoped
@Transactional(SUPPORTS)
public class ReferenceService {

    public List<ReferenceViews.TopicView> topics() {
        return Topic.listOrdered().stream().map(ReferenceViews.TopicView::of).toList();
    }

    public List<ReferenceViews.ActorView> actors() {
        return Actor.listOrdered().stream().map(ReferenceViews.ActorView::of).toList();
    }

    public List<ReferenceViews.SpeakerView> speakers(String actorKey) {
        List<Speaker> speakers = actorKey == null
                ? Speaker.list("select s from Speaker s join fetch s.actor a order by a.displayOrder, s.name")
                : Speaker.list("select s from Speaker s join fetch s.actor a where a.slug = ?1 order by s.name",
                        requireActor(actorKey).slug);
        return speakers.stream().map(ReferenceViews.SpeakerView::of).toList();
    }

    public Topic requireTopic(String key) {
        if (key == null || key.isBlank()) {
            throw new Invalid("Parameter 'topic' is required; known topics: " + topicKeys());
        }
        return ReadMemo.get(new TopicKey(key), () -> Topic.findBySlug(key).orElseThrow(() -> new NotFound(
                "Unknown topic '" + key + "'; known topics: " + topicKeys())));
    }

    public Actor requireActor(String key) {
        return requireActors(List.of(key)).get(0);
    }

    /** All named actors in the order named, read in one query, or every actor in display order when none is named. */
    public List<Actor> requireActors(Collection<String> keys) {
        List<String> named = keys == null ? List.of() : List.copyOf(keys);
        return ReadMemo.get(new ActorKeys(named), () -> {
            if (named.isEmpty()) {
                return Actor.listOrdered();
            }
            Map<String, Actor> bySlug = Actor.<Actor>list("slug in ?1", Set.copyOf(named)).stream()
                    .collect(Collectors.toMap(a -> a.slug, Function.identity()));
            for (String key : named) {
                if (!bySlug.containsKey(key)) {
                    throw new NotFound("Unknown actor '" + key + "'; known actors: " + actorKeys());
                }
            }
            return named.stream().map(bySlug::get).toList();
        });
    }

    /**
     * The topic and actors of a read in one query (topic × actors); an unknown key falls back to the single
     * lookups, which name what is unknown. Kept for the unit of work, so later lookups of the same keys are free.
     */
    public Scope scope(String topicKey, Collection<String> actorKeys) {
        List<String> named = actorKeys == null ? List.of() : List.copyOf(actorKeys);
        if (topicKey == null || topicKey.isBlank()) {
            requireTopic(topicKey);
        }
        Topic knownTopic = ReadMemo.get(new TopicKey(topicKey), () -> null);
        List<Actor> knownActors = ReadMemo.get(new ActorKeys(named), () -> null);
        if (knownTopic != null && knownActors != null) {
            return new Scope(knownTopic, knownActors);
        }
        // Every actor is read, not only the named ones: a read that names some also asks for all of them (a
        // chart says whether all capitals are shown), and the actors are a short reference list.
        List<ScopeRow> rows = ScopeRow.list("where t.slug = ?1 order by a.displayOrder, a.slug", topicKey);
        Map<String, Actor> bySlug = rows.stream().collect(Collectors.toMap(r -> r.actor().slug, ScopeRow::actor,
                (a, b) -> a, java.util.LinkedHashMap::new));
        if (rows.isEmpty() || !bySlug.keySet().containsAll(named)) {
            return new Scope(requireTopic(topicKey), requireActors(named));
        }
        Topic topic = rows.get(0).topic();
        List<Actor> everyActor = List.copyOf(bySlug.values());
        List<Actor> actors = named.isEmpty() ? everyActor : named.stream().map(bySlug::get).toList();
        ReadMemo.put(new TopicKey(topicKey), topic);
        ReadMemo.put(new ActorKeys(named), actors);
        ReadMemo.put(new ActorKeys(List.of()), everyActor);
        ReadMemo.put(new ActorKeys(List.copyOf(bySlug.keySet())), everyActor);
        return new Scope(topic, actors);
    }

    /** One row of topic × actors. */
    record ScopeRow(Topic topic, Actor actor) {

        static List<ScopeRow> list(String where, Object... parameters) {
            jakarta.persistence.TypedQuery<ScopeRow> query = Topic.getEntityManager().createQuery(
                    "select new org.stanceline.reference.ReferenceService$ScopeRow(t, a) from Topic t, Actor a "
                            + where, ScopeRow.class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        }
    }

    private record TopicKey(String slug) {
    }

    private record ActorKeys(List<String> slugs) {
    }

    public Speaker requireSpeaker(String keyOrId) {
        return Speaker.findBySlug(keyOrId)
                .or(() -> keyOrId.matches("\\d{1,18}") ? Speaker.<Speaker>findByIdOptional(Long.parseLong(keyOrId))
                        : java.util.Optional.empty())
                .orElseThrow(() -> new NotFound("Unknown speaker '" + keyOrId + "'"));
    }

    private static List<String> topicKeys() {
        return Topic.listOrdered().stream().map(t -> t.slug).toList();
    }

    private static List<String> actorKeys() {
        return Actor.listOrdered().stream().map(a -> a.slug).toList();
    }
}
