package org.stanceline.statement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the statement list and its text search ({@code GET /api/statements} and the exports). */
@ConfigMapping(prefix = "stanceline.statements")
public interface StatementSearchConfig {

    /** A page counts at most this many matches; beyond, {@code total} is this bound and {@code totalExact} false. */
    @WithDefault("10000")
    int countLimit();

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
