package org.stanceline.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.stanceline.kernel.DatePrecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One document (article, transcript, post) in its normalized text; statements point into it by span. */
@Entity
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    public Long id;

    /** Corpus key for sources loaded from data/; null for sources added through the API. */
    public String slug;

    @Column(nullable = false)
    public String title;

    public String outlet;

    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "published_precision")
    public DatePrecision publishedPrecision;

    @Column(name = "published_inferred", nullable = false)
    public boolean publishedInferred;

    @Column(name = "inferred_reason")
    public String inferredReason;

    public String language;

    /** Loaded only when asked for: lists of statements must not drag whole articles along. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body_text", nullable = false)
    public String text;

    @Column(name = "content_hash", nullable = false, unique = true)
    public String contentHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static Optional<Source> findByContentHash(String hash) {
        return find("contentHash", hash).firstResultOptional();
    }

    public static Optional<Source> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** What a new source is made of. */
    public record Draft(String slug, String title, String outlet, String url, LocalDate publishedOn,
                        DatePrecision publishedPrecision, boolean publishedInferred, String inferredReason,
                        String language, String text, String createdBy) {
    }

    /** The one way a source is built (corpus load, ingest): its hash is that of its text, created now. */
    public static Source create(Draft d) {
        Source s = new Source();
        s.slug = d.slug();
        s.title = d.title();
        s.outlet = d.outlet();
        s.url = d.url();
        s.publishedOn = d.publishedOn();
        s.publishedPrecision = d.publishedPrecision();
        s.publishedInferred = d.publishedInferred();
        s.inferredReason = d.inferredReason();
        s.language = d.language();
        s.text = d.text();
        s.contentHash = ContentHash.of(d.text());
        s.createdAt = Instant.now();
        s.createdBy = d.createdBy();
        return s;
    }
}
