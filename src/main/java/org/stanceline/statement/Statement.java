package org.stanceline.statement;

import org.stanceline.kernel.DatePrecision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import org.stanceline.reference.Actor;
import org.stanceline.reference.Speaker;
import org.stanceline.reference.Topic;
import org.stanceline.source.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One attributable utterance on a topic, coded for stance and intensity, pointing into its source. */
@Entity
public class Statement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
    @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 50)
    public Long id;

    /** Corpus key for statements loaded from data/; null for statements added through the API. */
    public String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    public Topic topic;

    @Column(name = "said_on", nullable = false)
    public LocalDate saidOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "said_precision", nullable = false)
    public DatePrecision saidPrecision;

    /** Monday of the week of {@link #saidOn}: lets the database group by week without date functions. */
    @Column(name = "said_week", nullable = false)
    public LocalDate saidWeek;

    /** First of the month of {@link #saidOn}. */
    @Column(name = "said_month", nullable = false)
    public LocalDate saidMonth;

    @Column(name = "date_note")
    public String dateNote;

    /** Exactly the characters of the source text at [spanStart, spanEnd). */
    @Column(nullable = false)
    public String quote;

    /** True for the speaker's own words, false for reported speech. */
    @Column(nullable = false)
    public boolean verbatim;

    @Column(name = "span_start", nullable = false)
    public int spanStart;

    @Column(name = "span_end", nullable = false)
    public int spanEnd;

    @Column(nullable = false)
    public int stance;

    @Column(nullable = false)
    public int intensity;

    @Convert(converter = CuesConverter.class)
    public List<String> cues = new ArrayList<>();

    @Column(nullable = false)
    public double confidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StatementStatus status;

    @Column(nullable = false)
    public String coder;

    public String note;

    /** The confirmed statements that decided a proposal's topic or stance, closest first (empty: the rules alone). */
    @Convert(converter = NeighboursConverter.class)
    public List<StatementNeighbour> neighbours = new ArrayList<>();

    /** For a quote not in English: its translation into English (the quote keeps the original words). */
    public String translation;

    /** The quote's language (ISO 639-1) when it is not the source's; null: the source's language. */
    @Column(name = "quote_language")
    public String quoteLanguage;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void deriveBuckets() {
        saidWeek = DatePrecision.WEEK.startOf(saidOn);
        saidMonth = DatePrecision.MONTH.startOf(saidOn);
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    public static Optional<Statement> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The coding of a new statement: when it was said, the words, the span in its source and the codes. */
    public record Coding(LocalDate saidOn, DatePrecision precision, String dateNote, String quote, boolean verbatim,
                         int spanStart, int spanEnd, int stance, int intensity, List<String> cues, double confidence,
                         StatementStatus status, String coder, String note) {
    }

    /** The one way a statement is built (corpus load, hand coding, ingest proposals). */
    public static Statement create(Source source, Speaker speaker, Actor actor, Topic topic, String slug, Coding c) {
        Statement s = new Statement();
        s.slug = slug;
        s.source = source;
        s.speaker = speaker;
        s.actor = actor;
        s.topic = topic;
        s.saidOn = c.saidOn();
        s.saidPrecision = c.precision();
        s.dateNote = c.dateNote();
        s.quote = c.quote();
        s.verbatim = c.verbatim();
        s.spanStart = c.spanStart();
        s.spanEnd = c.spanEnd();
        s.stance = c.stance();
        s.intensity = c.intensity();
        s.cues = c.cues() == null ? new ArrayList<>() : new ArrayList<>(c.cues());
        s.confidence = c.confidence();
        s.status = c.status();
        s.coder = c.coder();
        s.note = c.note();
        return s;
    }
}
