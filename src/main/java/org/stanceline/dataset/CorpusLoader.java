package org.stanceline.dataset;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import org.stanceline.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.stanceline.event.Event;
import org.stanceline.reference.Actor;
import org.stanceline.reference.Speaker;
import org.stanceline.reference.Topic;
import org.stanceline.source.ContentHash;
import org.stanceline.source.Source;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.statement.Statement;
import org.stanceline.statement.StatementStatus;
import org.stanceline.statement.StatementsBulkLoaded;
import org.stanceline.web.StancelineConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads data/ at start-up, insert-only by natural key (slug; content hash for sources): a restart loads
 * nothing twice, and records changed through the API are never overwritten by the files.
 */
@ApplicationScoped
public class CorpusLoader {

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);
    static final String LOADER = "corpus";

    @Inject
    jakarta.enterprise.event.Event<StatementsBulkLoaded> bulkLoaded;

    @Inject
    CorpusReader reader;

    @Inject
    AuditLog audit;

    @Inject
    StancelineConfig config;

    /** How many records of each kind one load inserted. */
    public record LoadReport(int topics, int actors, int speakers, int sources, int statements, int events) {
        public int total() {
            return topics + actors + speakers + sources + statements + events;
        }
    }

    void onStart(@Observes StartupEvent start) {
        if (config.loadCorpus()) {
            Path dir = Path.of(config.dataDir()).toAbsolutePath();
            String digest = Files.isDirectory(dir) ? CorpusFingerprint.of(dir) : null;
            LoadReport report = digest != null && digest.equals(loadedDigest()) ? new LoadReport(0, 0, 0, 0, 0, 0)
                    : loadAndRemember(dir, digest);
            LOG.infof("Corpus %s: inserted %d topics, %d actors, %d speakers, %d sources, %d statements, %d events",
                    dir, report.topics(), report.actors(), report.speakers(), report.sources(), report.statements(),
                    report.events());
        }
    }

    /** The digest of the corpus files last loaded into this database, or null. */
    @Transactional
    String loadedDigest() {
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery("select digest from corpus_fingerprint where id = 1").getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Loads the corpus and records the files' digest in the same transaction. */
    @Transactional
    LoadReport loadAndRemember(Path dir, String digest) {
        LoadReport report = load(dir);
        if (report.total() > 0) {
            audit.record(AuditLog.SYSTEM, AuditLog.IMPORT, "dataset", null, "corpus " + dir.getFileName() + ": "
                    + report.topics() + " topics, " + report.actors() + " actors, " + report.speakers() + " speakers, "
                    + report.sources() + " sources, " + report.statements() + " statements, " + report.events()
                    + " events");
        }
        if (digest != null) {
            var em = Panache.getEntityManager();
            em.createNativeQuery("delete from corpus_fingerprint").executeUpdate();
            em.createNativeQuery("insert into corpus_fingerprint (id, digest, loaded_at) values (1, :digest, :at)")
                    .setParameter("digest", digest).setParameter("at", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC))
                    .executeUpdate();
        }
        return report;
    }

    /** Reads and checks every file first, then inserts what is missing in one transaction. */
    @Transactional
    public LoadReport load(Path dir) {
        Corpus corpus = reader.read(dir);
        int topics = 0;
        int actors = 0;
        int speakers = 0;
        int sources = 0;
        int statements = 0;
        int events = 0;
        for (CorpusFiles.TopicFile t : corpus.topics()) {
            if (Topic.findBySlug(t.key()).isEmpty()) {
                topic(t).persist();
                topics++;
            }
        }
        Map<String, Actor> actorByKey = new HashMap<>();
        for (CorpusFiles.ActorFile a : corpus.actors()) {
            Actor actor = Actor.findBySlug(a.key()).orElse(null);
            if (actor == null) {
                actor = actor(a);
                actor.persist();
                actors++;
            }
            actorByKey.put(a.key(), actor);
        }
        Map<String, Speaker> speakerByKey = new HashMap<>();
        for (CorpusFiles.SpeakerFile s : corpus.speakers()) {
            Speaker speaker = Speaker.findBySlug(s.key()).orElse(null);
            if (speaker == null) {
                speaker = speaker(s, actorByKey.get(s.actor()));
                speaker.persist();
                speakers++;
            }
            speakerByKey.put(s.key(), speaker);
        }
        Map<String, Source> sourceByKey = new HashMap<>();
        for (Corpus.LoadedSource s : corpus.sources()) {
            String hash = ContentHash.of(s.text());
            Source source = Source.findByContentHash(hash).or(() -> Source.findBySlug(s.meta().key())).orElse(null);
            if (source == null) {
                source = source(s);
                source.persist();
                sources++;
            }
            sourceByKey.put(s.meta().key(), source);
        }
        for (Corpus.LoadedStatements file : corpus.statements()) {
            Source source = sourceByKey.get(file.content().source());
            for (CorpusFiles.StatementFile s : file.content().statements()) {
                if (Statement.findBySlug(s.key()).isEmpty()) {
                    Speaker speaker = speakerByKey.get(s.speaker());
                    Actor actor = s.actor() == null ? speaker.actor : actorByKey.get(s.actor());
                    statement(s, source, speaker, actor, Topic.findBySlug(s.topic()).orElseThrow()).persist();
                    statements++;
                }
            }
        }
        for (CorpusFiles.EventFile e : corpus.events()) {
            if (Event.findBySlug(e.key()).isEmpty()) {
                event(e, e.source() == null ? null : sourceByKey.get(e.source())).persist();
                events++;
            }
        }
        if (topics + actors + speakers + sources + statements + events > 0) {
            Panache.getEntityManager().flush();
            bulkLoaded.fire(new StatementsBulkLoaded("corpus", statements));
        }
        return new LoadReport(topics, actors, speakers, sources, statements, events);
    }

    private static Topic topic(CorpusFiles.TopicFile t) {
        Topic topic = new Topic();
        topic.slug = t.key();
        topic.question = t.question();
        topic.description = t.description();
        topic.labelMinus2 = t.scaleLabels().get("-2");
        topic.labelMinus1 = t.scaleLabels().get("-1");
        topic.labelZero = t.scaleLabels().get("0");
        topic.labelPlus1 = t.scaleLabels().get("1");
        topic.labelPlus2 = t.scaleLabels().get("2");
        topic.displayOrder = t.displayOrder();
        return topic;
    }

    private static Actor actor(CorpusFiles.ActorFile a) {
        Actor actor = new Actor();
        actor.slug = a.key();
        actor.name = a.name();
        actor.country = a.country();
        actor.colour = a.colour().toUpperCase();
        actor.displayOrder = a.displayOrder();
        return actor;
    }

    private static Speaker speaker(CorpusFiles.SpeakerFile s, Actor actor) {
        Speaker speaker = new Speaker();
        speaker.slug = s.key();
        speaker.name = s.name();
        speaker.role = s.role();
        speaker.actor = actor;
        speaker.activeFrom = s.from();
        speaker.activeTo = s.to();
        speaker.aliases = s.aliases() == null ? new ArrayList<>() : new ArrayList<>(s.aliases());
        speaker.rolePhrases = s.rolePhrases() == null ? new ArrayList<>() : new ArrayList<>(s.rolePhrases());
        return speaker;
    }

    private static Source source(Corpus.LoadedSource s) {
        return Source.create(new Source.Draft(s.meta().key(), s.meta().title(), s.meta().outlet(), s.meta().url(),
                s.meta().publishedOn(), DatePrecision.parse(s.meta().precision()), s.meta().inferred(),
                s.meta().inferredReason(), s.meta().language(), s.text(), LOADER));
    }

    private static Statement statement(CorpusFiles.StatementFile f, Source source, Speaker speaker, Actor actor,
                                       Topic topic) {
        return Statement.create(source, speaker, actor, topic, f.key(), new Statement.Coding(f.saidOn(),
                DatePrecision.parse(f.precision()), f.dateNote(), f.quote(), f.verbatim(), f.span().start(),
                f.span().end(), f.stance(), f.intensity(), f.cues(), f.confidence(), StatementStatus.parse(f.status()),
                f.coder(), f.note()));
    }

    private static Event event(CorpusFiles.EventFile e, Source source) {
        Event event = new Event();
        event.slug = e.key();
        event.startsOn = e.date();
        event.endsOn = e.endDate();
        event.label = e.label();
        event.kind = e.kind();
        event.source = source;
        event.url = e.url();
        return event;
    }
}
