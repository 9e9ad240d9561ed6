package org.stanceline.reference;

import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;

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
        return Topic.findBySlug(key).orElseThrow(() -> new NotFound(
                "Unknown topic '" + key + "'; known topics: " + topicKeys()));
    }

    public Actor requireActor(String key) {
        return Actor.findBySlug(key).orElseThrow(() -> new NotFound(
                "Unknown actor '" + key + "'; known actors: " + actorKeys()));
    }

    /** All named actors, or every actor in display order when none is named. */
    public List<Actor> requireActors(Collection<String> keys) {
        if (keys == null || keys.isEmpty()) {
            return Actor.listOrdered();
        }
        return keys.stream().map(this::requireActor).toList();
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
