package org.stanceline.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Every setting a user may change; documented in the README's settings table. */
@ConfigMapping(prefix = "stanceline")
public interface StancelineConfig {

    /** Folder holding the demo corpus (topics.json, sources/, statements/ …). */
    @WithDefault("data")
    String dataDir();

    /** Path (without the .mv.db suffix) of the embedded H2 database file; used in the default JDBC URL. */
    @WithDefault("./var/stanceline")
    String dbFile();

    /** Load the corpus in {@link #dataDir()} at start-up (insert-only, idempotent). */
    @WithDefault("true")
    boolean loadCorpus();

    /** A position older than this many days at a bucket's end is marked stale. */
    @WithDefault("90")
    int staleAfterDays();

    /** Password of user {@code admin}; unset means the user cannot log in. */
    Optional<String> adminPassword();

    /** Password of user {@code analyst}; unset means the user cannot log in. */
    Optional<String> analystPassword();

    /** Largest page a list endpoint returns. */
    @WithDefault("500")
    int maxPageSize();

    /** Largest source text accepted, in bytes of UTF-8. */
    @WithDefault("2097152")
    int maxSourceBytes();

    /** Largest request body, in bytes, answered with problem+json when larger (checked on Content-Length). */
    @WithDefault("67108864")
    long maxRequestBytes();

    /** Largest number of buckets one timeline request may ask for. */
    @WithDefault("4000")
    int maxBuckets();

    /** The ingest pipeline that proposes statements for new sources. */
    Ingest ingest();

    interface Ingest {
        /** Run the pipeline on every new source and store its proposals; false stores the text only. */
        @WithDefault("true")
        boolean propose();

        /** Most files one bulk upload may carry. */
        @WithDefault("500")
        int maxBulkFiles();
    }

    /** Public address of this server, used in chart source lines, oEmbed answers and embed links. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Static charts (GET /charts/timeline.svg and .png). */
    Charts charts();

    /** Data exports (GET /api/export/…). */
    Exports exports();

    /** Briefings (GET /briefings/{topic}.pdf …). */
    Briefings briefings();

    interface Charts {
        @WithDefault("960")
        int defaultWidth();

        @WithDefault("540")
        int defaultHeight();

        @WithDefault("320")
        int minWidth();

        @WithDefault("2400")
        int maxWidth();

        @WithDefault("200")
        int minHeight();

        @WithDefault("1600")
        int maxHeight();

        /**
         * Most confirmed statements in one chart's period that are each drawn as a marker. Above it, each
         * capital's line and markers come from the last statement of every bucket, so the cost of a chart
         * follows its buckets, not the corpus.
         */
        @WithDefault("2000")
        int maxMarkers();

        /** Most pixels of one drawn chart (width × height × scale²); bounds the memory of a render. */
        @WithDefault("12000000")
        long maxPixels();

        /** Largest PNG pixel ratio (2 = print quality). */
        @WithDefault("3")
        int maxScale();

        /** How long an oEmbed consumer may keep its answer ({@code cache_age}), in seconds. */
        @WithDefault("300")
        int cacheSeconds();
    }

    interface Exports {
        /** Largest number of statements one CSV/JSON export returns; more answers 400. */
        @WithDefault("50000")
        int maxRows();
    }

    interface Briefings {
        /** Rows of the key-statements table. */
        @WithDefault("12")
        int keyStatements();

        /** Shifts quoted in full. */
        @WithDefault("12")
        int maxShifts();
    }
}
