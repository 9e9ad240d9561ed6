package org.stanceline.statement;

import java.util.List;
import java.util.Map;

/**
 * The database's full-text index of quotes: PostgreSQL's tsvector with GIN ({@link PostgresTextSearch}), or
 * a word table on H2 ({@link H2WordIndex}). Speaker names are matched outside it, against the small speaker
 * table, so that a renamed speaker is found by the new name at once and no statement row copies a name.
 */
interface TextSearch {

    /**
     * Adds to {@code sql} the conditions that every term occurs in the quote, or in the speaker's name for the
     * terms that name speakers ({@code speakers} holds their ids per term, empty when none).
     */
    void restrict(TextQuery query, Map<TextQuery.Term, List<Long>> speakers, StatementSql sql);

    /**
     * Called after a statement's quote was written, in the writing transaction.
     *
     * @param previousQuote the quote before a change, or null for a new statement
     */
    void indexed(Statement statement, String previousQuote);

    /** Re-indexes every statement after a bulk load, in the loading transaction. */
    void rebuild();

    /**
     * Re-indexes every statement on {@code connection} (not auto-commit, outside any JTA transaction),
     * committing as it goes. Only for a restore guarded by its marker, whose undo calls {@link #clear}.
     */
    void rebuildCommitting(java.sql.Connection connection) throws java.sql.SQLException;

    /** Empties the index (and commits): the undo of an interrupted restore. */
    void clear(java.sql.Connection connection) throws java.sql.SQLException;

    /**
     * Whether statements exist that the index has never seen: a database migrated to V5 with statements in
     * it, or one filled by plain SQL. Cheap (two probes of one row), so it may run at every start.
     */
    boolean missesStatements();
}
