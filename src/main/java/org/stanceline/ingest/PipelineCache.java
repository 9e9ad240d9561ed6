package org.stanceline.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.stanceline.reference.Actor;
import org.stanceline.reference.Speaker;
import org.stanceline.reference.Topic;

import java.util.ArrayList;
import java.util.List;

/**
 * The ingest pipeline over the speakers, actors and topics in the database now. Building one reads every
 * speaker, so it is kept while the reference data is unchanged (a cheap count and max id per table tells, on
 * every instance alike).
 */
@ApplicationScoped
public class PipelineCache {

    private volatile CachedPipeline cached;

    private record CachedPipeline(String version, IngestPipeline pipeline) {
    }

    /**
     * A pipeline over the speakers, actors and topics in the database now. Building one reads every speaker, so
     * it is kept while the reference data is unchanged (a cheap count and max id per table tells, on every
     * instance alike).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IngestPipeline current() {
        String version = referenceVersion();
        CachedPipeline current = cached;
        if (current == null || !current.version().equals(version)) {
            current = new CachedPipeline(version, buildPipeline());
            cached = current;
        }
        return current.pipeline();
    }

    /** How many rows a reference table has and its highest id: changes whenever a row is added or removed. */
    record TableVersion(long rows, Long maxId) {
    }

    private static String referenceVersion() {
        StringBuilder version = new StringBuilder();
        for (String entity : List.of("Speaker", "Actor", "Topic")) {
            TableVersion v = Speaker.getEntityManager().createQuery("select new "
                    + "org.stanceline.ingest.PipelineCache$TableVersion(count(e), max(e.id)) from " + entity + " e",
                    TableVersion.class).getSingleResult();
            version.append(v.rows()).append(':').append(v.maxId()).append('|');
        }
        return version.toString();
    }

    private IngestPipeline buildPipeline() {
        List<Gazetteer.SpeakerEntry> speakers = new ArrayList<>();
        for (Speaker s : Speaker.<Speaker>find("select distinct s from Speaker s join fetch s.actor "
                + "left join fetch s.aliases").list()) {
            speakers.add(Gazetteer.speaker(s.slug, s.name, s.actor.slug, s.role, s.aliases, rolePhrases(s)));
        }
        List<Gazetteer.ActorEntry> actors = Actor.<Actor>listAll().stream()
                .map(a -> new Gazetteer.ActorEntry(a.slug, a.name, a.country)).toList();
        List<TopicClassifier.TopicEntry> topics = Topic.<Topic>listAll().stream()
                .map(t -> new TopicClassifier.TopicEntry(t.slug, t.question, t.description)).toList();
        return new IngestPipeline(new Gazetteer(speakers, actors), topics, Lexicon.standard());
    }

    private static List<String> rolePhrases(Speaker s) {
        return new ArrayList<>(s.rolePhrases);
    }
}
