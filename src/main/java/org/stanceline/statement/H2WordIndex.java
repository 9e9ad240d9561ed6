package org.stanceline.statement;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * H2: table {@code statement_word} holds each distinct word of each quote, keyed (word, statement_id), so a
 * word's statements are one index range and "does statement s hold word w" is one primary-key probe.
 * A search starts from the postings of its rarest word when they are few, and otherwise walks the list's
 * sorted index probing each row, so that neither a rare nor a common word reads the whole corpus.
 * Must run after the other filters are set (it may clear {@link StatementSql#orderPrefix}).
 */
final class H2WordIndex implements TextSearch {

    private static final Logger LOG = Logger.getLogger(H2WordIndex.class);

    /** A word with at most this many statements drives the search from its postings. */
    static final int DRIVING_POSTINGS = 20_000;

    private static final int BATCH = 5_000;

    private final EntityManager em;

    H2WordIndex(EntityManager em) {
        this.em = em;
    }

    @Override
    public void restrict(TextQuery query, Map<TextQuery.Term, List<Long>> speakers, StatementSql sql) {
        TextQuery.Term driver = null;
        long fewest = Long.MAX_VALUE;
        // One bounded count per word of the query (at most stanceline.statements.max-query-words).
        for (TextQuery.Term term : query.terms()) {
            if (term.prefix() || !speakers.getOrDefault(term, List.of()).isEmpty()) {
                continue; // a prefix may list a statement under several words; a speaker adds rows besides postings
            }
            long postings = postings(term.word());
            if (postings < fewest) {
                fewest = postings;
                driver = term;
            }
        }
        if (fewest == 0) {
            sql.where("1 = 0");
            return;
        }
        boolean driven = driver != null && fewest <= DRIVING_POSTINGS;
        if (driven) {
            // H2 reads IN (subquery) on the primary key as "look these ids up", so the postings drive the plan;
            // without the sorted index's ORDER BY prefix it no longer prefers walking that index instead.
            sql.where("s.id in (select d.statement_id from statement_word d where d.word = " + sql.bind(driver.word()) + ")");
            sql.orderPrefix = "";
        }
        for (TextQuery.Term term : query.terms()) {
            if (driven && term.equals(driver)) {
                continue;
            }
            String inQuote = "exists (select 1 from statement_word w where "
                    + (term.prefix() ? "w.word like " + sql.bind(term.word() + "%") : "w.word = " + sql.bind(term.word()))
                    + " and w.statement_id = s.id)";
            List<Long> ids = speakers.getOrDefault(term, List.of());
            sql.where(ids.isEmpty() ? inQuote : "(s.speaker_id in (" + sql.bindAll(ids) + ") or " + inQuote + ")");
        }
    }

    private long postings(String word) {
        Number n = (Number) em.createNativeQuery("select count(*) from (select 1 from statement_word where word = ?1 "
                + "fetch first " + (DRIVING_POSTINGS + 1) + " rows only) p").setParameter(1, word).getSingleResult();
        return n.longValue();
    }

    @Override
    public void indexed(Statement statement, String previousQuote) {
        em.unwrap(Session.class).doWork(connection -> {
            if (previousQuote != null) {
                // The old words are known, so each goes by its primary key: no index on statement_id needed.
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from statement_word where word = ? and statement_id = ?")) {
                    for (String word : TextQuery.words(previousQuote)) {
                        delete.setString(1, word);
                        delete.setLong(2, statement.id);
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
            try (PreparedStatement insert = insert(connection)) {
                add(insert, statement.id, statement.quote);
                insert.executeBatch();
            }
        });
    }

    @Override
    public void rebuild() {
        em.unwrap(Session.class).doWork(connection -> rebuildOn(connection, false));
    }

    @Override
    public void rebuildCommitting(Connection connection) throws SQLException {
        rebuildOn(connection, true);
    }

    @Override
    public void clear(Connection connection) throws SQLException {
        try (PreparedStatement truncate = connection.prepareStatement("truncate table statement_word")) {
            truncate.executeUpdate();
        }
    }

    /**
     * With {@code commitEachFlush}, each sorted flush is its own transaction: one transaction over millions of
     * postings keeps an undo entry per row until its commit, and those pages, rewritten at every store, left
     * the file at a third live data after a million-statement restore.
     */
    private void rebuildOn(Connection connection, boolean commitEachFlush) throws SQLException {
        long started = System.nanoTime();
        long statements = 0;
        long words = 0;
        try (PreparedStatement delete = connection.prepareStatement("delete from statement_word")) {
            delete.executeUpdate();
        }
        if (commitEachFlush) {
            connection.commit();
        }
        WordPostingBuffer buffer = new WordPostingBuffer();
        // Chunks by id: one chunk's quotes in memory at a time, whatever the corpus size.
        try (PreparedStatement read = connection.prepareStatement(
                "select id, quote from statement where id > ? order by id fetch first " + BATCH + " rows only");
             PreparedStatement insert = insert(connection)) {
            long last = Long.MIN_VALUE;
            boolean more = true;
            while (more) {
                read.setLong(1, last);
                more = false;
                boolean flushed = false;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        last = rows.getLong(1);
                        for (String word : TextQuery.words(rows.getString(2))) {
                            buffer.add(word, last);
                        }
                        statements++;
                        more = true;
                        if (buffer.isFull()) {
                            words += buffer.flush(insert, BATCH);
                            flushed = true;
                            LOG.infof("Search index: %d statements indexed", statements);
                        }
                    }
                }
                if (flushed && commitEachFlush) {
                    connection.commit(); // after the chunk's cursor is closed
                }
            }
            words += buffer.flush(insert, BATCH);
            if (commitEachFlush) {
                connection.commit();
            }
        }
        LOG.infof("Search index rebuilt: %d statements, %d words in %d ms", statements, words,
                (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public boolean missesStatements() {
        Number words = (Number) em.createNativeQuery("select count(*) from (select 1 from statement_word fetch first 1 rows only) w")
                .getSingleResult();
        Number statements = (Number) em.createNativeQuery("select count(*) from (select 1 from statement fetch first 1 rows only) s")
                .getSingleResult();
        return words.intValue() == 0 && statements.intValue() > 0;
    }

    private static PreparedStatement insert(Connection connection) throws SQLException {
        return connection.prepareStatement("insert into statement_word (word, statement_id) values (?, ?)");
    }

    private static int add(PreparedStatement insert, long id, String quote) throws SQLException {
        int n = 0;
        for (String word : TextQuery.words(quote)) {
            insert.setString(1, word);
            insert.setLong(2, id);
            insert.addBatch();
            n++;
        }
        return n;
    }
}
