package org.stanceline.export;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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

    // Messages of the field constraints, completed by RecordChecks into "statements[3] (key 's-1'): field …".
    static final String MISSING = "is missing";
    static final String LONGER = "is longer than ";
    /** A message ending so is followed by the rejected value. */
    static final String GOT = "; got";
    static final String TOPIC_KEY = "[a-z0-9][a-z0-9-]{0,63}";
    static final String COLOUR = "#[0-9A-Fa-f]{6}";
    static final String URL = "https?://[^\\s<>\"|\\\\]+";
    static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?";
    public static final int VERSION = 1;

    public record TopicRecord(@NotNull(message = MISSING) @Pattern(regexp = TOPIC_KEY, message = "must be lower-case letters, digits and dashes" + GOT) String key,
                              @NotNull(message = MISSING) String question, String description, Map<String, String> scaleLabels,
                              int displayOrder) {
    }

    public record ActorRecord(@NotBlank(message = MISSING) String key, @NotNull(message = MISSING) String name,
                              @NotNull(message = MISSING) String country,
                              @NotNull(message = MISSING) @Pattern(regexp = COLOUR, message = "must be like #D55E00" + GOT) String colour,
                              int displayOrder) {
    }

    public record SpeakerRecord(@NotBlank(message = MISSING) String key, @NotNull(message = MISSING) String name, String role, String actor, LocalDate from, LocalDate to,
                                List<String> aliases, List<String> rolePhrases) {
    }

    /** {@code hash} is the source's natural key (the SHA-256 of its normalized text); {@code key} may be null. */
    public record SourceRecord(String hash, String key, @NotNull(message = MISSING) String title, String outlet,
                               @Pattern(regexp = URL, message = "must be an http(s) URL") String url,
                               LocalDate publishedOn, String precision, boolean inferred, String inferredReason,
                               String language, String text, Instant createdAt, String createdBy) {
    }

    public record StatementRecord(String key, String source, String speaker, String actor, String topic,
                                  @NotNull(message = MISSING) LocalDate saidOn, String precision, String dateNote,
                                  @NotNull(message = MISSING) String quote,
                                  boolean verbatim, int spanStart, int spanEnd,
                                  @Min(value = -2, message = "must be -2..2" + GOT) @Max(value = 2, message = "must be -2..2" + GOT) int stance,
                                  @Min(value = 0, message = "must be 0..3" + GOT) @Max(value = 3, message = "must be 0..3" + GOT) int intensity,
                                  List<String> cues, double confidence, String status,
                                  @NotNull(message = MISSING) String coder, String note,
                                  Instant createdAt, Instant updatedAt, List<RevisionRecord> revisions,
                                  @Size(max = 8000, message = "has more than 8000 characters") String translation,
                                  @Pattern(regexp = LANGUAGE, message = "must be an ISO 639 code such as fr" + GOT) String quoteLanguage,
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

    public record EventRecord(@NotBlank(message = MISSING) String key, @NotNull(message = MISSING) LocalDate date,
                              LocalDate endDate, @NotNull(message = MISSING) String label,
                              @NotNull(message = MISSING) String kind,
                              String source, String url) {
    }

    /**
     * One audit entry, verbatim: {@code entityId} is the record's id in the database the entry was written in
     * (a restore gives records new ids; the natural keys are in the summary where it matters).
     */
    public record AuditRecord(@NotNull(message = MISSING) Instant at,
                              @NotNull(message = MISSING) @Size(max = 64, message = LONGER + "64 characters") String user,
                              @Size(max = 64, message = LONGER + "64 characters") String address,
                              @NotNull(message = MISSING) @Size(max = 32, message = LONGER + "32 characters") String action,
                              @NotNull(message = MISSING) @Size(max = 32, message = LONGER + "32 characters") String entity,
                              @Size(max = 64, message = LONGER + "64 characters") String entityId,
                              @NotNull(message = MISSING) @Size(max = 1000, message = LONGER + "1000 characters") String summary,
                              @Size(max = 8, message = LONGER + "8 characters") String method,
                              @Size(max = 300, message = LONGER + "300 characters") String path) {
    }

    /** How many records of each kind a restore wrote. */
    public record Counts(int topics, int actors, int speakers, int sources, int statements, int events, int audit) {
    }
}
