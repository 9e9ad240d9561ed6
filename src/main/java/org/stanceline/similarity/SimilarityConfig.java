package org.stanceline.similarity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The sentence model beside the ingest rules (issue 11): on or off, its cost, and how much it may decide. */
@ConfigMapping(prefix = "stanceline.similarity")
public interface SimilarityConfig {

    /** Off: the rules alone propose, as before the model; nothing is loaded. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Load the model at start-up, beside it, so the first ingest does not wait about a second for it. Off (the
     * default) it loads at the first ingest: start-up keeps both cores, and a server that only serves dashboards
     * never holds the model's 100 MB.
     */
    @WithDefault("false")
    boolean preload();

    /** ONNX Runtime threads per embedding; one suits a server that runs one request per core. */
    @WithDefault("1")
    int threads();

    /** Word pieces of a span the model reads (its start says what it is about; cost grows with length). */
    @WithDefault("32")
    int maxTokens();

    /** Confirmed statements that vote on a proposal's topic and stance. */
    @WithDefault("5")
    int neighbours();

    /** Cosine a confirmed statement needs to vote at all. */
    @WithDefault("0.45")
    double minSimilarity();

    /**
     * Cosine to a topic's seeds or confirmed statements that a span with no topic cue needs before it is proposed
     * under that topic; higher proposes fewer such spans.
     */
    @WithDefault("0.55")
    double relevance();

    /** Most confirmed statements the model keeps in memory (the newest), 384 floats each. */
    @WithDefault("20000")
    int maxExamples();

    /**
     * Texts whose vectors are kept (the newest), so a source ingested again or a proposal then confirmed is not
     * embedded twice; about 1.6 KB each. 0 keeps none.
     */
    @WithDefault("4096")
    int cacheSize();
}
