package org.stanceline.statement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the statement list and its text search ({@code GET /api/statements} and the exports). */
@ConfigMapping(prefix = "stanceline.statements")
public interface StatementSearchConfig {

    /** A page counts at most this many matches; beyond, {@code total} is this bound and {@code totalExact} false. */
    @WithDefault("10000")
    int countLimit();

    /**
     * The count bound of a text search ({@code q}), lower than {@link #countLimit()}: each match counted is one
     * row read outside any index's order, so a common word would otherwise cost a read of 10,000 rows.
     */
    @WithDefault("1000")
    int searchCountLimit();

    /** The deepest offset ({@code page × size}) served; deeper pages take the {@code after} cursor. */
    @WithDefault("10000")
    int maxOffset();

    /** Longest {@code q}, in characters. */
    @WithDefault("200")
    int maxQueryLength();

    /** Most words in {@code q}. */
    @WithDefault("10")
    int maxQueryWords();
}
