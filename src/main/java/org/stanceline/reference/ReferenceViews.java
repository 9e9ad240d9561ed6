package org.stanceline.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** API shapes of the reference data. */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    public record TopicView(String key, String question, String description, Map<String, String> scaleLabels,
                            int displayOrder) {
        public static TopicView of(Topic t) {
            return new TopicView(t.slug, t.question, t.description, t.scaleLabels(), t.displayOrder);
        }
    }

    public record ActorView(String key, String name, String country, String colour, int displayOrder) {
        public static ActorView of(Actor a) {
            return new ActorView(a.slug, a.name, a.country, a.colour, a.displayOrder);
        }
    }

    public record SpeakerView(Long id, String key, String name, List<String> aliases, List<String> rolePhrases,
                              String role, String actor, LocalDate from, LocalDate to) {
        public static SpeakerView of(Speaker s) {
            return new SpeakerView(s.id, s.slug, s.name, List.copyOf(s.aliases), List.copyOf(s.rolePhrases),
                    s.role, s.actor.slug, s.activeFrom, s.activeTo);
        }
    }
}
