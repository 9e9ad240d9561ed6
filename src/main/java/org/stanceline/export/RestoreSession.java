package org.stanceline.export;

import org.stanceline.kernel.Unprocessable;
import org.jboss.logging.Logger;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.statement.StatementStatus;

import jakarta.validation.Validator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One restore on one connection: checks each record as it arrives (its fields, its references to records
 * earlier in the stream, its key's uniqueness) and writes it with JDBC batch inserts. Memory holds the key →
 * id maps of the referenced lists, one batch of statements, and a bounded set of source texts.
 */
final class RestoreSession implements DatasetReader.Sink, AutoCloseable {

    private static final org.stanceline.statement.NeighboursConverter NEIGHBOURS =
            new org.stanceline.statement.NeighboursConverter();

    private static final Logger LOG = Logger.getLogger(RestoreSession.class);
    /** Characters of source text kept for span checks (about 2 bytes each at most). */
    private static final long TEXT_BUDGET_CHARS = 16L * 1024 * 1024;

    private record PendingStatement(long index, Dataset.StatementRecord record) {
    }

    private final Connection connection;
    private final int commitEvery;
    private long rowsSinceCommit;
    private final int batchSize;
    private final int logEvery;
    private final Instant now = Instant.now();
    private final long startNanos = System.nanoTime();
    private final SourceTexts texts;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final IdBlocks topicIds, actorIds, speakerIds, sourceIds, statementIds, revisionIds, eventIds, auditIds;
    private final BatchInsert topics, actors, speakers, aliases, rolePhrases, sources, statements, revisions, events,
            audit;
    private int auditCount;
    private final Map<String, Long> topicByKey = new HashMap<>();
    private final Map<String, Long> actorByKey = new HashMap<>();
    private final Map<String, Long> speakerByKey = new HashMap<>();
    private final Map<String, Long> sourceByHash = new HashMap<>();
    private final Set<String> statementKeys = new HashSet<>();
    private final Set<String> eventKeys = new HashSet<>();
    private final List<PendingStatement> pending = new ArrayList<>();
    private long statementCount;
    private String list = "topics";
    private long index;

    /** {@code nextValueSql} gives the dialect's "select next value" for a sequence name. */
    private final Validator validator;

    RestoreSession(Connection c, UnaryOperator<String> nextValueSql, int batchSize, int logEvery, int commitEvery,
                   Validator validator) throws SQLException {
        this.connection = c;
        this.validator = validator;
        this.commitEvery = commitEvery;
        this.batchSize = batchSize;
        this.logEvery = logEvery;
        this.texts = new SourceTexts(c, TEXT_BUDGET_CHARS);
        topicIds = ids(c, nextValueSql, "topic_seq");
        actorIds = ids(c, nextValueSql, "actor_seq");
        speakerIds = ids(c, nextValueSql, "speaker_seq");
        sourceIds = ids(c, nextValueSql, "source_seq");
        statementIds = ids(c, nextValueSql, "statement_seq");
        revisionIds = ids(c, nextValueSql, "statement_revision_seq");
        eventIds = ids(c, nextValueSql, "event_seq");
        auditIds = ids(c, nextValueSql, "audit_entry_seq");
        topics = insert(c, "topic", "id, slug, question, description, label_m2, label_m1, label_0, label_p1, label_p2, "
                + "display_order", null);
        actors = insert(c, "actor", "id, slug, name, country, colour, display_order", null);
        speakers = insert(c, "speaker", "id, slug, name, role_title, actor_id, active_from, active_to", null);
        aliases = insert(c, "speaker_alias", "speaker_id, alias, position", speakers);
        rolePhrases = insert(c, "speaker_role_phrase", "speaker_id, phrase, position", speakers);
        sources = insert(c, "source", "id, slug, title, outlet, url, published_on, published_precision, "
                + "published_inferred, inferred_reason, language, body_text, content_hash, created_at, created_by", null);
        statements = insert(c, "statement", "id, slug, source_id, speaker_id, actor_id, topic_id, said_on, "
                + "said_precision, said_week, said_month, date_note, quote, verbatim, span_start, span_end, stance, "
                + "intensity, cues, confidence, status, coder, note, created_at, updated_at, translation, quote_language, "
                + "neighbours", null);
        revisions = insert(c, "statement_revision", "id, statement_id, revision, action, changed_by, changed_at, "
                + "before_state, after_state", statements);
        events = insert(c, "event", "id, slug, starts_on, ends_on, label, kind, source_id, url", null);
        audit = insert(c, "audit_entry", "id, at, username, address, action, entity, entity_id, summary, http_method, "
                + "http_path", null);
    }

    private IdBlocks ids(Connection c, UnaryOperator<String> nextValueSql, String sequence) throws SQLException {
        IdBlocks ids = new IdBlocks(c, nextValueSql.apply(sequence));
        resources.add(ids);
        return ids;
    }

    private BatchInsert insert(Connection c, String table, String columns, BatchInsert parent) throws SQLException {
        BatchInsert insert = new BatchInsert(c, table, columns, batchSize, parent);
        resources.add(insert);
        return insert;
    }

    Dataset.Counts counts() {
        return new Dataset.Counts(topicByKey.size(), actorByKey.size(), speakerByKey.size(), sourceByHash.size(),
                Math.toIntExact(statementCount), eventKeys.size(), auditCount);
    }

    @Override
    public void topic(long i, Dataset.TopicRecord r) {
        String name = at("topics", i, r.key());
        RecordChecks.fields(validator, name, r);
        RecordChecks.topic(name, r);
        write(() -> {
            long id = topicIds.next();
            unique(name, topicByKey.put(r.key(), id));
            Map<String, String> labels = r.scaleLabels();
            topics.add(id, r.key(), r.question(), r.description(), labels.get("-2"), labels.get("-1"), labels.get("0"),
                    labels.get("1"), labels.get("2"), r.displayOrder());
        });
    }

    @Override
    public void actor(long i, Dataset.ActorRecord r) {
        String name = at("actors", i, r.key());
        RecordChecks.fields(validator, name, r);
        write(() -> {
            long id = actorIds.next();
            unique(name, actorByKey.put(r.key(), id));
            actors.add(id, r.key(), r.name(), r.country(), r.colour(), r.displayOrder());
        });
    }

    @Override
    public void speaker(long i, Dataset.SpeakerRecord r) {
        String name = at("speakers", i, r.key());
        RecordChecks.fields(validator, name, r);
        Long actor = reference(name, "actor", actorByKey, r.actor());
        write(() -> {
            long id = speakerIds.next();
            unique(name, speakerByKey.put(r.key(), id));
            speakers.add(id, r.key(), r.name(), r.role(), actor, r.from(), r.to());
            int position = 0;
            for (String alias : r.aliases() == null ? List.<String>of() : r.aliases()) {
                aliases.add(id, alias, position++);
            }
            position = 0;
            for (String phrase : r.rolePhrases() == null ? List.<String>of() : r.rolePhrases()) {
                rolePhrases.add(id, phrase, position++);
            }
        });
    }

    @Override
    public void source(long i, Dataset.SourceRecord r) {
        String name = at("sources", i, r.key());
        RecordChecks.fields(validator, name, r);
        RecordChecks.source(name, r);
        write(() -> {
            long id = sourceIds.next();
            unique(name, sourceByHash.put(r.hash(), id));
            sources.add(id, r.key(), r.title(), r.outlet(), r.url(), r.publishedOn(),
                    r.precision() == null ? null : DatePrecision.parse(r.precision()).name(), r.inferred(),
                    r.inferredReason(), r.language(), r.text(), r.hash(), r.createdAt() == null ? now : r.createdAt(),
                    r.createdBy());
            texts.put(r.hash(), r.text());
            rowsSinceCommit++;
            commitIfDue();
        });
    }

    @Override
    public void statement(long i, Dataset.StatementRecord r) {
        String name = at("statements", i, r.key());
        reference(name, "source", sourceByHash, r.source());
        reference(name, "speaker", speakerByKey, r.speaker());
        reference(name, "actor", actorByKey, r.actor());
        reference(name, "topic", topicByKey, r.topic());
        if (r.key() != null && !statementKeys.add(r.key())) {
            throw RecordChecks.broken(name, "key", "is used twice");
        }
        pending.add(new PendingStatement(i, r));
        if (pending.size() >= batchSize) {
            write(this::writeStatements);
        }
    }

    /** Checks the pending statements against their sources' texts, then inserts them and their history. */
    private void writeStatements() throws SQLException {
        texts.ensure(pending.stream().map(s -> s.record().source()).toList());
        for (PendingStatement s : pending) {
            Dataset.StatementRecord r = s.record();
            String text = texts.get(r.source());
            if (text == null) {
                texts.ensure(List.of(r.source()));
                text = texts.get(r.source());
            }
            String record = RecordChecks.name("statements", s.index(), r.key());
            RecordChecks.fields(validator, record, r);
            RecordChecks.statement(record, r, text);
            long id = statementIds.next();
            DatePrecision precision = DatePrecision.parse(r.precision());
            Instant created = r.createdAt() == null ? now : r.createdAt();
            statements.add(id, r.key(), sourceByHash.get(r.source()), speakerByKey.get(r.speaker()),
                    actorByKey.get(r.actor()), topicByKey.get(r.topic()), r.saidOn(), precision.name(),
                    DatePrecision.WEEK.startOf(r.saidOn()), DatePrecision.MONTH.startOf(r.saidOn()), r.dateNote(),
                    r.quote(), r.verbatim(), r.spanStart(), r.spanEnd(), r.stance(), r.intensity(),
                    r.cues() == null || r.cues().isEmpty() ? null : String.join("\n", r.cues()), r.confidence(),
                    StatementStatus.parse(r.status()).name(), r.coder(), r.note(), created,
                    r.updatedAt() == null ? created : r.updatedAt(), r.translation(), r.quoteLanguage(),
                    NEIGHBOURS.convertToDatabaseColumn(r.neighbours()));
            for (Dataset.RevisionRecord h : r.revisions() == null ? List.<Dataset.RevisionRecord>of() : r.revisions()) {
                revisions.add(revisionIds.next(), id, h.revision(), RecordChecks.action(h.action()).name(),
                        h.by(), h.at(), h.before(), h.after());
            }
            statementCount++;
            if (logEvery > 0 && statementCount % logEvery == 0) {
                double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
                LOG.infof("Restore: %,d statements written in %.0f s (%,.0f per second)", statementCount, seconds,
                        statementCount / seconds);
            }
        }
        rowsSinceCommit += pending.size();
        pending.clear();
        statements.flush();
        revisions.flush();
        commitIfDue();
    }

    /** With {@code commitEvery}, commits once that many rows are written (every pending batch first). */
    private void commitIfDue() throws SQLException {
        if (commitEvery > 0 && rowsSinceCommit >= commitEvery) {
            flushAll();
            connection.commit();
            rowsSinceCommit = 0;
        }
    }

    private void flushAll() throws SQLException {
        for (BatchInsert insert : List.of(topics, actors, speakers, aliases, rolePhrases, sources, statements,
                revisions, events, audit)) {
            insert.flush();
        }
    }

    @Override
    public void event(long i, Dataset.EventRecord r) {
        String name = at("events", i, r.key());
        RecordChecks.fields(validator, name, r);
        Long source = r.source() == null ? null : reference(name, "source", sourceByHash, r.source());
        if (!eventKeys.add(r.key())) {
            throw RecordChecks.broken(name, "key", "is used twice");
        }
        write(() -> {
            events.add(eventIds.next(), r.key(), r.date(), r.endDate(), r.label(), r.kind(), source, r.url());
        });
    }

    @Override
    public void audit(long i, Dataset.AuditRecord r) {
        RecordChecks.fields(validator, at("audit", i, null), r);
        write(() -> {
            // An offset timestamp: the column has a time zone, and a local one would be read in the session's zone.
            audit.add(auditIds.next(), java.time.OffsetDateTime.ofInstant(r.at(), java.time.ZoneOffset.UTC), r.user(),
                    r.address(), r.action(), r.entity(), r.entityId(), r.summary(), r.method(), r.path());
            auditCount++;
        });
    }

    @Override
    public void endOfList(String list) {
        write(() -> {
            if (list.equals("statements")) {
                writeStatements();
            }
            flushAll();
        });
        if (list.equals("statements")) {
            double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
            LOG.infof("Restore: all %,d statements written in %.0f s", statementCount, seconds);
        }
    }

    private String at(String list, long i, String key) {
        this.list = list;
        this.index = i;
        return RecordChecks.name(list, i, key);
    }

    private static Long reference(String record, String field, Map<String, Long> known, String key) {
        Long id = key == null ? null : known.get(key);
        if (id == null) {
            throw RecordChecks.broken(record, field, "refers to '" + key + "', which is not earlier in the backup");
        }
        return id;
    }

    private static void unique(String record, Long previous) {
        if (previous != null) {
            throw RecordChecks.broken(record, "key", "is used twice");
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    /** Runs JDBC work; a constraint the database enforces becomes a 422 naming where in the stream it broke. */
    private void write(SqlWork work) {
        try {
            work.run();
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                throw new Unprocessable("A record in '" + list + "' up to " + list + "[" + index
                        + "] breaks a rule of the database: " + cause.getMessage());
            }
            throw new IllegalStateException("Restore failed writing '" + list + "' near [" + index + "]", e);
        }
    }

    @Override
    public void close() {
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                LOG.debug("closing a restore statement", e);
            }
        }
    }
}
