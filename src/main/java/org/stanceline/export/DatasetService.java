package org.stanceline.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.stanceline.event.Event;
import org.stanceline.reference.Actor;
import org.stanceline.reference.Speaker;
import org.stanceline.reference.Topic;
import org.stanceline.source.ContentHash;
import org.stanceline.source.Source;
import org.stanceline.statement.DatePrecision;
import org.stanceline.statement.SpanCheck;
import org.stanceline.statement.Statement;
import org.stanceline.statement.StatementStatus;
import org.stanceline.statement.StatementRevision;
import org.stanceline.statement.StatementsBulkLoaded;
import org.stanceline.web.ProblemException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Backup ({@link #export()}) and restore ({@link #restore(Dataset)}) of everything in the database.
 *
 * <p>Statements carry their revision history, so a restored database shows who changed what, when.
 */
@ApplicationScoped
public class DatasetService {

    @Inject
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<StatementsBulkLoaded> bulkLoaded;

    @Transactional(SUPPORTS)
    public Dataset export() {
        List<Dataset.TopicRecord> topics = Topic.<Topic>list("order by slug").stream()
                .map(t -> new Dataset.TopicRecord(t.slug, t.question, t.description, t.scaleLabels(), t.displayOrder))
                .toList();
        List<Dataset.ActorRecord> actors = Actor.<Actor>list("order by slug").stream()
                .map(a -> new Dataset.ActorRecord(a.slug, a.name, a.country, a.colour, a.displayOrder)).toList();
        List<Dataset.SpeakerRecord> speakers = Speaker.<Speaker>list(
                        "select s from Speaker s join fetch s.actor order by s.slug").stream()
                .map(s -> new Dataset.SpeakerRecord(s.slug, s.name, s.role, s.actor.slug, s.activeFrom, s.activeTo,
                        List.copyOf(s.aliases), List.copyOf(s.rolePhrases))).toList();
        List<Dataset.SourceRecord> sources = Source.<Source>list("order by contentHash").stream()
                .map(s -> new Dataset.SourceRecord(s.contentHash, s.slug, s.title, s.outlet, s.url, s.publishedOn,
                        s.publishedPrecision == null ? null : s.publishedPrecision.label(), s.publishedInferred,
                        s.inferredReason, s.language, s.text, s.createdAt, s.createdBy)).toList();
        Map<Long, List<Dataset.RevisionRecord>> history = new HashMap<>();
        for (StatementRevision r : StatementRevision.<StatementRevision>list("order by statementId, revision")) {
            history.computeIfAbsent(r.statementId, k -> new ArrayList<>()).add(new Dataset.RevisionRecord(
                    r.revision, r.action.label(), r.changedBy, r.changedAt, r.before, r.after));
        }
        // Natural order; the id only breaks ties, and a restore inserts in this order, so it keeps the tie order.
        List<Dataset.StatementRecord> statements = Statement.<Statement>list("select s from Statement s "
                        + "join fetch s.source so join fetch s.speaker sp join fetch s.actor join fetch s.topic t "
                        + "order by so.contentHash, s.spanStart, s.spanEnd, t.slug, sp.slug, s.saidOn, s.id").stream()
                .map(s -> statementRecord(s, history.getOrDefault(s.id, List.of()))).toList();
        List<Dataset.EventRecord> events = Event.<Event>list("select e from Event e left join fetch e.source "
                        + "order by e.slug").stream()
                .map(e -> new Dataset.EventRecord(e.slug, e.startsOn, e.endsOn, e.label, e.kind,
                        e.source == null ? null : e.source.contentHash, e.url)).toList();
        return new Dataset(Dataset.FORMAT, Dataset.VERSION, topics, actors, speakers, sources, statements, events);
    }

    private static Dataset.StatementRecord statementRecord(Statement s, List<Dataset.RevisionRecord> revisions) {
        return new Dataset.StatementRecord(s.slug, s.source.contentHash, s.speaker.slug, s.actor.slug, s.topic.slug,
                s.saidOn, s.saidPrecision.label(), s.dateNote, s.quote, s.verbatim, s.spanStart, s.spanEnd, s.stance,
                s.intensity, List.copyOf(s.cues), s.confidence, s.status.label(), s.coder, s.note, s.createdAt,
                s.updatedAt, revisions);
    }

    /** Rows per table; a restore needs them all at zero. */
    @Transactional(SUPPORTS)
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("topics", Topic.count());
        counts.put("actors", Actor.count());
        counts.put("speakers", Speaker.count());
        counts.put("sources", Source.count());
        counts.put("statements", Statement.count());
        counts.put("events", Event.count());
        counts.put("revisions", StatementRevision.count());
        return counts;
    }

    /**
     * Writes a backup into an empty database, in one transaction: every record is checked before the first
     * insert, and any failure rolls the whole restore back.
     */
    @Transactional
    public Dataset.Counts restore(Dataset dataset) {
        if (dataset == null) {
            throw ProblemException.badRequest("The request body is empty");
        }
        Map<String, Long> counts = counts();
        if (counts.values().stream().anyMatch(n -> n > 0)) {
            throw ProblemException.conflict("A dataset can only be restored into an empty database; this one holds "
                    + counts, Map.of("counts", counts));
        }
        check(dataset);

        Map<String, Topic> topics = new HashMap<>();
        for (Dataset.TopicRecord r : dataset.topics()) {
            Topic t = new Topic();
            t.slug = r.key();
            t.question = r.question();
            t.description = r.description();
            t.labelMinus2 = r.scaleLabels().get("-2");
            t.labelMinus1 = r.scaleLabels().get("-1");
            t.labelZero = r.scaleLabels().get("0");
            t.labelPlus1 = r.scaleLabels().get("1");
            t.labelPlus2 = r.scaleLabels().get("2");
            t.displayOrder = r.displayOrder();
            t.persist();
            topics.put(t.slug, t);
        }
        Map<String, Actor> actors = new HashMap<>();
        for (Dataset.ActorRecord r : dataset.actors()) {
            Actor a = new Actor();
            a.slug = r.key();
            a.name = r.name();
            a.country = r.country();
            a.colour = r.colour();
            a.displayOrder = r.displayOrder();
            a.persist();
            actors.put(a.slug, a);
        }
        Map<String, Speaker> speakers = new HashMap<>();
        for (Dataset.SpeakerRecord r : dataset.speakers()) {
            Speaker s = new Speaker();
            s.slug = r.key();
            s.name = r.name();
            s.role = r.role();
            s.actor = actors.get(r.actor());
            s.activeFrom = r.from();
            s.activeTo = r.to();
            s.aliases = new ArrayList<>(orEmpty(r.aliases()));
            s.rolePhrases = new ArrayList<>(orEmpty(r.rolePhrases()));
            s.persist();
            speakers.put(s.slug, s);
        }
        Map<String, Source> sources = new HashMap<>();
        for (Dataset.SourceRecord r : dataset.sources()) {
            Source s = new Source();
            s.slug = r.key();
            s.title = r.title();
            s.outlet = r.outlet();
            s.url = r.url();
            s.publishedOn = r.publishedOn();
            s.publishedPrecision = r.precision() == null ? null : DatePrecision.parse(r.precision());
            s.publishedInferred = r.inferred();
            s.inferredReason = r.inferredReason();
            s.language = r.language();
            s.text = r.text();
            s.contentHash = r.hash();
            s.createdAt = r.createdAt();
            s.createdBy = r.createdBy();
            s.persist();
            sources.put(s.contentHash, s);
        }
        List<Object[]> timestamps = new ArrayList<>();
        for (Dataset.StatementRecord r : dataset.statements()) {
            Statement s = new Statement();
            s.slug = r.key();
            s.source = sources.get(r.source());
            s.speaker = speakers.get(r.speaker());
            s.actor = actors.get(r.actor());
            s.topic = topics.get(r.topic());
            s.saidOn = r.saidOn();
            s.saidPrecision = DatePrecision.parse(r.precision());
            s.dateNote = r.dateNote();
            s.quote = r.quote();
            s.verbatim = r.verbatim();
            s.spanStart = r.spanStart();
            s.spanEnd = r.spanEnd();
            s.stance = r.stance();
            s.intensity = r.intensity();
            s.cues = new ArrayList<>(orEmpty(r.cues()));
            s.confidence = r.confidence();
            s.status = StatementStatus.parse(r.status());
            s.coder = r.coder();
            s.note = r.note();
            s.persist();
            for (Dataset.RevisionRecord h : orEmpty(r.revisions())) {
                StatementRevision revision = new StatementRevision();
                revision.statementId = s.id;
                revision.revision = h.revision();
                revision.action = StatementRevision.Action.valueOf(h.action().toUpperCase(java.util.Locale.ROOT));
                revision.changedBy = h.by();
                revision.changedAt = h.at();
                revision.before = h.before();
                revision.after = h.after();
                revision.persist();
            }
            timestamps.add(new Object[] {s, r});
        }
        for (Dataset.EventRecord r : dataset.events()) {
            Event e = new Event();
            e.slug = r.key();
            e.startsOn = r.date();
            e.endsOn = r.endDate();
            e.label = r.label();
            e.kind = r.kind();
            e.source = r.source() == null ? null : sources.get(r.source());
            e.url = r.url();
            e.persist();
        }
        em.flush();
        // The entity stamps created/updated with "now" on insert; a restore keeps the backup's times instead.
        // A bulk update runs no entity callbacks.
        for (Object[] pair : timestamps) {
            Statement s = (Statement) pair[0];
            Dataset.StatementRecord r = (Dataset.StatementRecord) pair[1];
            em.createQuery("update Statement s set s.createdAt = :created, s.updatedAt = :updated where s.id = :id")
                    .setParameter("created", r.createdAt() == null ? s.createdAt : r.createdAt())
                    .setParameter("updated", r.updatedAt() == null ? s.updatedAt : r.updatedAt())
                    .setParameter("id", s.id).executeUpdate();
        }
        em.flush();
        bulkLoaded.fire(new StatementsBulkLoaded("restore", dataset.statements().size()));
        em.clear();
        return new Dataset.Counts(dataset.topics().size(), dataset.actors().size(), dataset.speakers().size(),
                dataset.sources().size(), dataset.statements().size(), dataset.events().size());
    }

    /** Every reference resolves, every key is unique, every hash and span holds: 422 naming the record if not. */
    static void check(Dataset d) {
        if (!Dataset.FORMAT.equals(d.format()) || d.version() != Dataset.VERSION) {
            throw ProblemException.unprocessable("Field 'format'/'version' must be '" + Dataset.FORMAT + "' version "
                    + Dataset.VERSION + "; got '" + d.format() + "' version " + d.version());
        }
        for (String list : List.of("topics", "actors", "speakers", "sources", "statements", "events")) {
            Object value = switch (list) {
                case "topics" -> d.topics();
                case "actors" -> d.actors();
                case "speakers" -> d.speakers();
                case "sources" -> d.sources();
                case "statements" -> d.statements();
                default -> d.events();
            };
            if (value == null) {
                throw ProblemException.unprocessable("Field '" + list + "' is missing; use [] for none");
            }
        }
        Set<String> topics = unique("topics", d.topics(), Dataset.TopicRecord::key);
        Set<String> actors = unique("actors", d.actors(), Dataset.ActorRecord::key);
        Set<String> speakers = unique("speakers", d.speakers(), Dataset.SpeakerRecord::key);
        Set<String> sources = unique("sources", d.sources(), Dataset.SourceRecord::hash);
        unique("events", d.events(), Dataset.EventRecord::key);
        unique("statements", d.statements().stream().filter(s -> s.key() != null).toList(),
                Dataset.StatementRecord::key);
        for (Dataset.TopicRecord t : d.topics()) {
            if (t.scaleLabels() == null || !t.scaleLabels().keySet().containsAll(List.of("-2", "-1", "0", "1", "2"))) {
                throw ProblemException.unprocessable("Topic '" + t.key() + "' needs scale labels -2, -1, 0, 1 and 2");
            }
        }
        for (Dataset.ActorRecord a : d.actors()) {
            if (a.colour() == null || !a.colour().matches("#[0-9A-Fa-f]{6}")) {
                throw ProblemException.unprocessable("Actor '" + a.key() + "': colour must be like #D55E00");
            }
        }
        for (String key : topics) {
            if (key == null || !key.matches("[a-z0-9][a-z0-9-]{0,63}")) {
                throw ProblemException.unprocessable("Topic key '" + key + "' must be lower-case letters, digits, dashes");
            }
        }
        for (Dataset.SpeakerRecord s : d.speakers()) {
            require(actors, s.actor(), "speaker '" + s.key() + "'", "actor");
        }
        for (Dataset.SourceRecord s : d.sources()) {
            if (s.url() != null && !s.url().matches("https?://[^\\s<>\"|\\\\]+")) {
                throw ProblemException.unprocessable("Source '" + s.hash() + "': url must be an http(s) URL");
            }
        }
        Map<String, String> texts = new HashMap<>();
        for (Dataset.SourceRecord s : d.sources()) {
            if (s.text() == null || !ContentHash.of(s.text()).equals(s.hash())) {
                throw ProblemException.unprocessable("Source '" + s.hash() + "': its text does not have this hash");
            }
            texts.put(s.hash(), s.text());
        }
        int index = 0;
        for (Dataset.StatementRecord s : d.statements()) {
            String name = "statement " + index++ + (s.key() == null ? "" : " '" + s.key() + "'");
            require(sources, s.source(), name, "source");
            require(speakers, s.speaker(), name, "speaker");
            require(actors, s.actor(), name, "actor");
            require(topics, s.topic(), name, "topic");
            String mismatch = SpanCheck.mismatch(texts.get(s.source()), s.spanStart(), s.spanEnd(), s.quote());
            if (mismatch != null) {
                throw ProblemException.unprocessable("The " + name + ": " + mismatch);
            }
            if (s.stance() < -2 || s.stance() > 2 || s.intensity() < 0 || s.intensity() > 3 || s.saidOn() == null) {
                throw ProblemException.unprocessable("The " + name + ": stance must be -2..2, intensity 0..3, saidOn set");
            }
            try {
                StatementStatus.parse(s.status());
                DatePrecision.parse(s.precision());
                for (Dataset.RevisionRecord r : s.revisions() == null ? List.<Dataset.RevisionRecord>of() : s.revisions()) {
                    StatementRevision.Action.valueOf(r.action().toUpperCase(java.util.Locale.ROOT));
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                throw ProblemException.unprocessable("The " + name + ": " + e.getMessage());
            }
        }
        for (Dataset.EventRecord e : d.events()) {
            if (e.source() != null) {
                require(sources, e.source(), "event '" + e.key() + "'", "source");
            }
        }
    }

    private static <T> Set<String> unique(String list, List<T> records, Function<T, String> key) {
        Set<String> keys = new HashSet<>();
        for (T r : records) {
            String k = key.apply(r);
            if (k == null || !keys.add(k)) {
                throw ProblemException.unprocessable("In '" + list + "', the key '" + k + "' is "
                        + (k == null ? "missing" : "used twice"));
            }
        }
        return keys;
    }

    private static void require(Set<String> known, String key, String record, String field) {
        if (key == null || !known.contains(key)) {
            throw ProblemException.unprocessable("The " + record + " refers to " + field + " '" + key
                    + "', which is not in the dataset");
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
