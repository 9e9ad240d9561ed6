package org.stanceline.export;

import org.stanceline.statement.CuesConverter;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.statement.StatementRevision;
import org.stanceline.statement.StatementStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The export's queries and the row mappers that turn their rows into backup records. */
final class DatasetRows {

    static final String TOPICS = "select slug, question, description, label_m2, label_m1, label_0, label_p1, "
            + "label_p2, display_order from topic order by slug";
    static final String ACTORS = "select slug, name, country, colour, display_order from actor order by slug";
    static final String SPEAKERS = "select s.id, s.slug, s.name, s.role_title, a.slug as actor, s.active_from, "
            + "s.active_to from speaker s join actor a on a.id = s.actor_id order by s.slug";
    static final String SOURCES = "select content_hash, slug, title, outlet, url, published_on, published_precision, "
            + "published_inferred, inferred_reason, language, body_text, created_at, created_by from source "
            + "order by content_hash";
    /** Natural order; the id only breaks ties, and a restore inserts in this order, so it keeps the tie order. */
    private static final String STATEMENT_ORDER = " from statement s join source so on so.id = s.source_id "
            + "join speaker sp on sp.id = s.speaker_id join actor a on a.id = s.actor_id "
            + "join topic t on t.id = s.topic_id "
            + "order by so.content_hash, s.span_start, s.span_end, t.slug, sp.slug, s.said_on, s.id";
    static final String STATEMENTS = "select s.id, s.slug, so.content_hash, sp.slug as speaker, a.slug as actor, "
            + "t.slug as topic, s.said_on, s.said_precision, s.date_note, s.quote, s.verbatim, s.span_start, "
            + "s.span_end, s.stance, s.intensity, s.cues, s.confidence, s.status, s.coder, s.note, s.created_at, "
            + "s.updated_at, s.translation, s.quote_language, s.neighbours" + STATEMENT_ORDER;
    static final String REVISIONS = "select r.statement_id, r.revision, r.action, r.changed_by, r.changed_at, "
            + "r.before_state, r.after_state from statement_revision r join statement s on s.id = r.statement_id "
            + "join source so on so.id = s.source_id join speaker sp on sp.id = s.speaker_id "
            + "join actor a on a.id = s.actor_id join topic t on t.id = s.topic_id "
            + "order by so.content_hash, s.span_start, s.span_end, t.slug, sp.slug, s.said_on, s.id, r.revision";
    static final String EVENTS = "select e.slug, e.starts_on, e.ends_on, e.label, e.kind, so.content_hash, e.url "
            + "from event e left join source so on so.id = e.source_id order by e.slug";

    static final String AUDIT = "select at, username, address, action, entity, entity_id, summary, http_method, "
            + "http_path from audit_entry order by at, id";

    private static final CuesConverter CUES = new CuesConverter();

    private DatasetRows() {
    }

    static Dataset.TopicRecord topic(ResultSet rs) throws SQLException {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("-2", rs.getString("label_m2"));
        labels.put("-1", rs.getString("label_m1"));
        labels.put("0", rs.getString("label_0"));
        labels.put("1", rs.getString("label_p1"));
        labels.put("2", rs.getString("label_p2"));
        return new Dataset.TopicRecord(rs.getString("slug"), rs.getString("question"), rs.getString("description"),
                labels, rs.getInt("display_order"));
    }

    static Dataset.ActorRecord actor(ResultSet rs) throws SQLException {
        return new Dataset.ActorRecord(rs.getString("slug"), rs.getString("name"), rs.getString("country"),
                rs.getString("colour"), rs.getInt("display_order"));
    }

    /** Aliases and role phrases of every speaker, by speaker id (speakers are few). */
    record SpeakerNames(Map<Long, List<String>> aliases, Map<Long, List<String>> rolePhrases) {
    }

    static SpeakerNames speakerNames(Connection c) throws SQLException {
        return new SpeakerNames(names(c, "select speaker_id, alias from speaker_alias order by speaker_id, position"),
                names(c, "select speaker_id, phrase from speaker_role_phrase order by speaker_id, position"));
    }

    private static Map<Long, List<String>> names(Connection c, String sql) throws SQLException {
        Map<Long, List<String>> names = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return names;
    }

    static Dataset.SpeakerRecord speaker(ResultSet rs, SpeakerNames names) throws SQLException {
        long id = rs.getLong("id");
        return new Dataset.SpeakerRecord(rs.getString("slug"), rs.getString("name"), rs.getString("role_title"),
                rs.getString("actor"), date(rs, "active_from"), date(rs, "active_to"),
                names.aliases().getOrDefault(id, List.of()), names.rolePhrases().getOrDefault(id, List.of()));
    }

    static Dataset.SourceRecord source(ResultSet rs) throws SQLException {
        String precision = rs.getString("published_precision");
        return new Dataset.SourceRecord(rs.getString("content_hash"), rs.getString("slug"), rs.getString("title"),
                rs.getString("outlet"), rs.getString("url"), date(rs, "published_on"),
                precision == null ? null : DatePrecision.valueOf(precision).label(), rs.getBoolean("published_inferred"),
                rs.getString("inferred_reason"), rs.getString("language"), rs.getString("body_text"),
                instant(rs, "created_at"), rs.getString("created_by"));
    }

    static Dataset.StatementRecord statement(ResultSet rs, List<Dataset.RevisionRecord> revisions) throws SQLException {
        return new Dataset.StatementRecord(rs.getString("slug"), rs.getString("content_hash"), rs.getString("speaker"),
                rs.getString("actor"), rs.getString("topic"), date(rs, "said_on"),
                DatePrecision.valueOf(rs.getString("said_precision")).label(), rs.getString("date_note"),
                rs.getString("quote"), rs.getBoolean("verbatim"), rs.getInt("span_start"), rs.getInt("span_end"),
                rs.getInt("stance"), rs.getInt("intensity"), List.copyOf(CUES.convertToEntityAttribute(rs.getString("cues"))),
                rs.getDouble("confidence"), StatementStatus.valueOf(rs.getString("status")).label(),
                rs.getString("coder"), rs.getString("note"), instant(rs, "created_at"), instant(rs, "updated_at"),
                revisions, rs.getString("translation"), rs.getString("quote_language"),
                nullIfEmpty(NEIGHBOURS.convertToEntityAttribute(rs.getString("neighbours"))));
    }

    private static final org.stanceline.statement.NeighboursConverter NEIGHBOURS = new org.stanceline.statement.NeighboursConverter();

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : List.copyOf(list);
    }

    static Dataset.EventRecord event(ResultSet rs) throws SQLException {
        return new Dataset.EventRecord(rs.getString("slug"), date(rs, "starts_on"), date(rs, "ends_on"),
                rs.getString("label"), rs.getString("kind"), rs.getString("content_hash"), rs.getString("url"));
    }

    static Dataset.AuditRecord audit(ResultSet rs) throws SQLException {
        java.time.OffsetDateTime at = rs.getObject("at", java.time.OffsetDateTime.class);
        return new Dataset.AuditRecord(at.toInstant(), rs.getString("username"), rs.getString("address"),
                rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"), rs.getString("summary"),
                rs.getString("http_method"), rs.getString("http_path"));
    }

    /** Walks the revisions query alongside the statements query (both in statement order). */
    static final class Revisions {
        private final ResultSet rs;
        private boolean hasRow;

        Revisions(ResultSet rs) throws SQLException {
            this.rs = rs;
            this.hasRow = rs.next();
        }

        List<Dataset.RevisionRecord> of(long statementId) throws SQLException {
            List<Dataset.RevisionRecord> history = new ArrayList<>();
            while (hasRow && rs.getLong("statement_id") == statementId) {
                history.add(new Dataset.RevisionRecord(rs.getInt("revision"),
                        StatementRevision.Action.valueOf(rs.getString("action")).label(), rs.getString("changed_by"),
                        instant(rs, "changed_at"), rs.getString("before_state"), rs.getString("after_state")));
                hasRow = rs.next();
            }
            return history;
        }
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
