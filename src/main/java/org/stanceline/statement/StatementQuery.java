package org.stanceline.statement;

import java.time.LocalDate;
import java.util.List;

/** Filters of {@code GET /api/statements}, already parsed and checked. */
public record StatementQuery(String topic, List<String> actors, String speaker, Long source, LocalDate from,
                             LocalDate to, Integer stance, Integer intensity, StatementStatus status, String text,
                             StatementSort sort, int page, int size) {
}
