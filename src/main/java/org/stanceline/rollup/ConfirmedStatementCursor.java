package org.stanceline.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Reads every confirmed statement once, in sequence order (topic, actor, said_on, id), forward only and a
 * fetch at a time, with only the columns the rollups need.
 */
final class ConfirmedStatementCursor {

    /**
     * {@code status} sits in the order between topic and actor although it is constant: the order is then
     * exactly that of {@code ix_statement_timeline (topic_id, status, actor_id, said_on, id)}, so H2 and
     * PostgreSQL walk the index instead of sorting every confirmed statement.
     */
    static final String IN_SEQUENCE_ORDER = "select topic_id, actor_id, id, said_on, said_week, said_month, stance, "
            + "intensity from statement where status = 'CONFIRMED' order by topic_id, status, actor_id, said_on, id";

    /** Rows per round trip: PostgreSQL streams only with a fetch size (and autocommit off, as in a transaction). */
    static final int FETCH_SIZE = 1_000;

    /** One confirmed statement; the week and month are its bucket starts as stored on the statement. */
    record Confirmed(long topicId, long actorId, long id, LocalDate saidOn, LocalDate saidWeek, LocalDate saidMonth,
                     int stance, int intensity) {

        static Confirmed read(ResultSet rs) throws SQLException {
            return new Confirmed(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
                    rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getInt(8));
        }

        boolean sameSequence(Confirmed other) {
            return topicId == other.topicId && actorId == other.actorId;
        }

        LocalDate bucketStart(RollupKind kind) {
            return switch (kind) {
                case DAY -> saidOn;
                case WEEK -> saidWeek;
                case MONTH -> saidMonth;
            };
        }
    }

    /** A consumer that may fail with an SQLException (writing rows on the same connection). */
    interface SqlConsumer<T> {
        void accept(T value) throws SQLException;
    }

    private ConfirmedStatementCursor() {
    }

    static void forEach(Connection connection, SqlConsumer<Confirmed> action) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(IN_SEQUENCE_ORDER, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    action.accept(Confirmed.read(rs));
                }
            }
        }
    }
}
