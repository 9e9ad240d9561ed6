package org.stanceline.statement;

import java.time.LocalDate;
import java.util.List;

/**
 * Filters of {@code GET /api/statements}, already parsed and checked.
 *
 * @param text the raw {@code q}, parsed (and bounded) when the search runs
 * @param after position to continue after (keyset paging), or null to start at {@code page}
 */
public record StatementQuery(String topic, List<String> actors, String speaker, Long source, LocalDate from,
                             LocalDate to, Integer stance, Integer intensity, StatementStatus status, String text,
                             StatementSort sort, int page, int size, StatementCursor after) {

    public StatementQuery(String topic, List<String> actors, String speaker, Long source, LocalDate from,
                          LocalDate to, Integer stance, Integer intensity, StatementStatus status, String text,
                          StatementSort sort, int page, int size) {
        this(topic, actors, speaker, source, from, to, stance, intensity, status, text, sort, page, size, null);
    }

    /** The same filters and order for another page window. */
    public StatementQuery window(int page, int size, StatementCursor after) {
        return new StatementQuery(topic, actors, speaker, source, from, to, stance, intensity, status, text, sort,
                page, size, after);
    }
}
