package org.stanceline.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A full backup of the database by natural keys, never by database ids: topics, actors and speakers by key,
 * sources by content hash, statements and events pointing at those. Every list is in a fixed order, so that
 * export → restore into an empty database → export gives the same document (plus the restore's own audit entry).
 * {@code audit} is optional in a backup: backups written before it existed restore without it.
 */
public record Dataset(String format, int version, List<TopicRecord> topics, List<ActorRecord> actors,
                      List<SpeakerRecord> speakers, List<SourceRecord> sources, List<StatementRecord> statements,
                      List<EventRecord> events, List<AuditRecord> audit) {

    public static final String FORMAT = "stanceline-dataset";
    public static final int VERSION = 1;

    public record TopicRecord(String key, String question, String description, Map<String, String> scaleLabels,
                              int displayOrder) {
    }

    public record ActorRecord(String key, String name, String country, String colour, int displayOrder) {
    }

    public record SpeakerRecord(String key, String name, String role, String actor, LocalDate from, LocalDate to,
                                List<String> aliases, List<String> rolePhrases) {
    }

    /** {@code hash} is the source's natural key (the SHA-256 of its normalized text); {@code key} may be null. */
    public record SourceRecord(String hash, String key, String title, String outlet, String url,
                               LocalDate publishedOn, String precision, boolean inferred, String inferredReason,
                               String language, String text, Instant createdAt, String createdBy) {
    }

    public record StatementRecord(String key, String source, String speaker, String actor, String topic,
                                  LocalDate saidOn, String precision, String dateNote, String quote,
                                  boolean verbatim, int spanStart, int spanEnd, int stance, int intensity,
                                  List<String> cues, double confidence, String status, String coder, String note,
                                  Instant createdAt, Instant updatedAt, List<RevisionRecord> revisions,
                                  String translation, String quoteLanguage,
                                  List<org.stanceline.statement.StatementNeighbour> neighbours) {
        /** A statement with no translation and no neighbours (datasets written before V13 read as this). */
        public StatementRecord(String key, String source, String speaker, String actor, String topic,
                               LocalDate saidOn, String precision, String dateNote, String quote,
                               boolean verbatim, int spanStart, int spanEnd, int stance, int intensity,
                               List<String> cues, double confidence, String status, String coder, String note,
                               Instant createdAt, Instant updatedAt, List<RevisionRecord> revisions) {
            this(key, source, speaker, actor, topic, saidOn, precision, dateNote, quote, verbatim, spanStart, spanEnd,
                    stance, intensity, cues, confidence, status, coder, note, createdAt, updatedAt, revisions, null, null,
                    null);
        }
    }

    /** One entry of a statement's history, as stored: the snapshots are kept verbatim. */
    public record RevisionRecord(int revision, String action, String by, Instant at, String before, String after) {
    }

    public record EventRecord(String key, LocalDate date, LocalDate endDate, String label, String kind,
                              String source, String url) {
    }

    /**
     * One audit entry, verbatim: {@code entityId} is the record's id in the database the entry was written in
     * (a restore gives records new ids; the natural keys are in the summary where it matters).
     */
    public record AuditRecord(Instant at, String user, String address, String action, String entity,
                              String entityId, String summary, String method, String path) {
    }

    /** How many records of each kind a restore wrote. */
    public record Counts(int topics, int actors, int speakers, int sources, int statements, int events, int audit) {
    }
}
