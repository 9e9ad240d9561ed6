package org.stanceline.reference;

import java.util.List;

/**
 * What a read is about, resolved once: the topic and the actors (every actor in display order when none was
 * named). Passed down to the timeline, positions and shifts so they do not look the keys up again.
 */
public record Scope(Topic topic, List<Actor> actors) {

    public Scope {
        actors = List.copyOf(actors);
    }

    public List<Long> actorIds() {
        return actors.stream().map(a -> a.id).toList();
    }

    public List<String> actorKeys() {
        return actors.stream().map(a -> a.slug).toList();
    }
}
