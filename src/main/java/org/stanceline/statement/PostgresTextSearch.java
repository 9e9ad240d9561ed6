package org.stanceline.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PostgreSQL: {@code quote_tsv}, a stored tsvector generated from the quote ('simple' configuration) with a
 * GIN index, kept by the database itself on every insert and update: nothing to maintain here.
 */
final class PostgresTextSearch implements TextSearch {

    @Override
    public void restrict(TextQuery query, Map<TextQuery.Term, List<Long>> speakers, StatementSql sql) {
        List<TextQuery.Term> quoteOnly = new ArrayList<>();
        for (TextQuery.Term term : query.terms()) {
            List<Long> ids = speakers.getOrDefault(term, List.of());
            if (ids.isEmpty()) {
                quoteOnly.add(term);
            } else {
                sql.where("(s.quote_tsv @@ to_tsquery('simple', " + sql.bind(tsquery(List.of(term)))
                        + ") or s.speaker_id in (" + sql.bindAll(ids) + "))");
            }
        }
        if (!quoteOnly.isEmpty()) {
            // One tsquery for all of them: a single GIN lookup intersects the words.
            sql.where("s.quote_tsv @@ to_tsquery('simple', " + sql.bind(tsquery(quoteOnly)) + ")");
        }
    }

    /** Terms are letters and digits only, so quoting each makes a tsquery that cannot carry operators. */
    static String tsquery(List<TextQuery.Term> terms) {
        return terms.stream().map(t -> "'" + t.word() + "'" + (t.prefix() ? ":*" : ""))
                .collect(Collectors.joining(" & "));
    }

    @Override
    public void indexed(Statement statement, String previousQuote) {
        // quote_tsv is a generated column.
    }

    @Override
    public void rebuild() {
        // quote_tsv is a generated column.
    }

    @Override
    public void rebuildCommitting(java.sql.Connection connection) {
        // quote_tsv is a generated column.
    }

    @Override
    public void clear(java.sql.Connection connection) {
        // quote_tsv is a generated column: it goes with its rows.
    }

    @Override
    public boolean missesStatements() {
        return false;
    }
}
