package org.stanceline.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Inserts rollup and shift rows with JDBC batches on the transaction's connection: one round trip per
 * {@link #BATCH_SIZE} rows instead of one per row.
 */
final class RollupBatchInserts implements AutoCloseable {

    static final int BATCH_SIZE = 1_000;

    private static final String INSERT_BUCKET = "insert into stance_rollup (topic_id, actor_id, bucket_kind, "
            + "bucket_start, statement_count, stance_sum, stance_min, stance_max, intensity_max, first_said_on, "
            + "last_statement_id, last_said_on, last_stance, last_intensity) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_SHIFT = "insert into stance_shift (statement_id, prev_statement_id, topic_id, "
            + "actor_id, said_on, stance_delta, intensity_delta) values (?, ?, ?, ?, ?, ?, ?)";

    private final PreparedStatement buckets;
    private final PreparedStatement shifts;
    private int pendingBuckets;
    private int pendingShifts;
    private long bucketRows;
    private long shiftRows;

    RollupBatchInserts(Connection connection) throws SQLException {
        buckets = connection.prepareStatement(INSERT_BUCKET);
        try {
            shifts = connection.prepareStatement(INSERT_SHIFT);
        } catch (SQLException e) {
            buckets.close();
            throw e;
        }
    }

    void bucket(RollupRows.BucketKey key, RollupRows.BucketRow row) throws SQLException {
        buckets.setLong(1, key.topicId());
        buckets.setLong(2, key.actorId());
        buckets.setString(3, String.valueOf(key.kind().code));
        buckets.setObject(4, key.start());
        buckets.setInt(5, row.count());
        buckets.setInt(6, row.stanceSum());
        buckets.setInt(7, row.stanceMin());
        buckets.setInt(8, row.stanceMax());
        buckets.setInt(9, row.intensityMax());
        buckets.setObject(10, row.firstSaidOn());
        buckets.setLong(11, row.lastStatementId());
        buckets.setObject(12, row.lastSaidOn());
        buckets.setInt(13, row.lastStance());
        buckets.setInt(14, row.lastIntensity());
        buckets.addBatch();
        bucketRows++;
        if (++pendingBuckets == BATCH_SIZE) {
            buckets.executeBatch();
            pendingBuckets = 0;
        }
    }

    void shift(RollupRows.ShiftKey shift) throws SQLException {
        shifts.setLong(1, shift.statementId());
        shifts.setLong(2, shift.prevStatementId());
        shifts.setLong(3, shift.topicId());
        shifts.setLong(4, shift.actorId());
        shifts.setObject(5, shift.saidOn());
        shifts.setInt(6, shift.stanceDelta());
        shifts.setInt(7, shift.intensityDelta());
        shifts.addBatch();
        shiftRows++;
        if (++pendingShifts == BATCH_SIZE) {
            shifts.executeBatch();
            pendingShifts = 0;
        }
    }

    /** Sends the rows still batched; the counts then hold every row written. */
    void finish() throws SQLException {
        if (pendingBuckets > 0) {
            buckets.executeBatch();
            pendingBuckets = 0;
        }
        if (pendingShifts > 0) {
            shifts.executeBatch();
            pendingShifts = 0;
        }
    }

    long bucketRows() {
        return bucketRows;
    }

    long shiftRows() {
        return shiftRows;
    }

    @Override
    public void close() throws SQLException {
        try (buckets; shifts) {
            // closes both, even when one fails
        }
    }
}
