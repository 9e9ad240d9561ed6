package org.stanceline.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stanceline.reference.Actor;
import org.stanceline.reference.Speaker;
import org.stanceline.reference.Topic;
import org.stanceline.source.Source;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.statement.Statement;
import org.stanceline.statement.StatementNeighbour;
import org.stanceline.statement.StatementService;
import org.stanceline.statement.StatementStatus;
import org.stanceline.statement.StatementView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores the pipeline's proposals of a source as proposed statements, creating the speakers the gazetteer did
 * not know (actor from the role's country, else "unattributed").
 */
@ApplicationScoped
public class ProposalWriter {

    @Inject
    StatementService statements;

    List<StatementView> persist(Source s, List<IngestPipeline.Proposed> proposals, String user) {
        Map<String, Speaker> speakers = new HashMap<>();
        List<StatementView> proposed = new ArrayList<>();
        for (IngestPipeline.Proposed p : proposals) {
            Topic topic = Topic.findBySlug(p.topic()).orElse(null);
            if (topic == null) {
                continue;
            }
            Speaker speaker = speakers.computeIfAbsent(p.speakerKey(), k -> speakerFor(p));
            Actor actor = p.speaker() != null ? Actor.<Actor>findBySlug(p.actor()).orElse(speaker.actor) : speaker.actor;
            boolean dated = p.saidOn() != null;
            Statement st = Statement.create(s, speaker, actor, topic, null, new Statement.Coding(
                    dated ? p.saidOn() : LocalDate.now(), dated ? p.precision() : DatePrecision.DAY,
                    dated ? p.dateNote() : "Publication date unknown: dated to the day of ingestion; set the date on review",
                    p.quote(), p.verbatim(), p.start(), p.end(), p.stance(), p.intensity(), p.cues(), p.confidence(),
                    StatementStatus.PROPOSED, IngestService.PIPELINE_CODER, p.note()));
            st.neighbours = new ArrayList<>(p.neighbours().stream()
                    .map(n -> new StatementNeighbour(n.id(), n.quote(), n.topic(), n.stance(), n.similarity())).toList());
            proposed.add(statements.propose(st, user));
        }
        return proposed;
    }

    /** The gazetteer's speaker, or a new one: slug from the name, actor from the role's country or "unattributed". */
    private Speaker speakerFor(IngestPipeline.Proposed p) {
        if (p.speaker() != null) {
            return Speaker.findBySlug(p.speaker()).orElseThrow();
        }
        SpeakerAttributor.NewSpeaker n = p.newSpeaker();
        String base = n.key().isEmpty() ? "speaker" : n.key();
        base = base.length() > 56 ? base.substring(0, 56) : base;
        String slug = base;
        for (int i = 2; ; i++) {
            Optional<Speaker> stored = Speaker.findBySlug(slug);
            if (stored.isEmpty()) {
                break;
            }
            // A country's government ("French government" from "France is pushing …") is the one already stored.
            boolean sameGovernment = slug.equals(base) && n.role() == null && n.name().endsWith(" government");
            if (stored.get().name.equalsIgnoreCase(n.name()) || sameGovernment) {
                return stored.get();
            }
            slug = base + "-" + i;
        }
        Speaker s = new Speaker();
        s.slug = slug;
        s.name = n.name();
        s.role = n.role() == null ? "Unknown role (added by ingest; please review)" : n.role();
        s.actor = n.actor() == null ? unattributedActor() : Actor.<Actor>findBySlug(n.actor()).orElseGet(this::unattributedActor);
        s.aliases = new ArrayList<>(List.of(n.name()));
        s.rolePhrases = new ArrayList<>();
        s.persist();
        return s;
    }

    private Actor unattributedActor() {
        return Actor.<Actor>findBySlug(IngestService.UNATTRIBUTED_ACTOR).orElseGet(() -> {
            Actor a = new Actor();
            a.slug = IngestService.UNATTRIBUTED_ACTOR;
            a.name = "Unattributed";
            a.country = "Unknown";
            a.colour = "#999999";
            a.displayOrder = 999;
            a.persist();
            return a;
        });
    }
}
