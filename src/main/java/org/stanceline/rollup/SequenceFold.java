package org.stanceline.rollup;

import org.stanceline.rollup.ConfirmedStatementCursor.Confirmed;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Folds the confirmed statements, read in sequence order (topic, actor, said_on, id), into the rows of the
 * rollup tables. Only the current sequence's buckets are held: they are written when the next sequence starts.
 * Because a sequence arrives in (said_on, id) order, the first statement of a bucket gives its first date and
 * the last one its end position, and each statement's shift is decided against the one read just before it.
 */
final class SequenceFold {

    private final RollupBatchInserts out;
    private final Map<RollupKind, Map<LocalDate, RollupRows.BucketRow>> buckets = new EnumMap<>(RollupKind.class);
    private Confirmed previous;

    SequenceFold(RollupBatchInserts out) {
        this.out = out;
        for (RollupKind kind : RollupKind.values()) {
            // Keyed by start, not merged by adjacency: the stored week and month columns need not be monotone.
            buckets.put(kind, new LinkedHashMap<>());
        }
    }

    void add(Confirmed s) throws SQLException {
        if (previous != null && !previous.sameSequence(s)) {
            writeBuckets();
            previous = null;
        }
        if (previous != null && (s.stance() != previous.stance() || s.intensity() >= previous.intensity() + 1)) {
            out.shift(new RollupRows.ShiftKey(s.id(), previous.id(), s.topicId(), s.actorId(), s.saidOn(),
                    s.stance() - previous.stance(), s.intensity() - previous.intensity()));
        }
        for (RollupKind kind : RollupKind.values()) {
            LocalDate start = s.bucketStart(kind);
            RollupRows.BucketRow one = new RollupRows.BucketRow(s.actorId(), start, 1, s.stance(), s.stance(),
                    s.stance(), s.intensity(), s.saidOn(), s.id(), s.saidOn(), s.stance(), s.intensity());
            buckets.get(kind).merge(start, one, RollupRows.BucketRow::plus);
        }
        previous = s;
    }

    /** Writes the last sequence's buckets. */
    void finish() throws SQLException {
        if (previous != null) {
            writeBuckets();
            previous = null;
        }
        out.finish();
    }

    private void writeBuckets() throws SQLException {
        for (Map.Entry<RollupKind, Map<LocalDate, RollupRows.BucketRow>> perKind : buckets.entrySet()) {
            for (RollupRows.BucketRow row : perKind.getValue().values()) {
                out.bucket(new RollupRows.BucketKey(previous.topicId(), previous.actorId(), perKind.getKey(),
                        row.start()), row);
            }
            perKind.getValue().clear();
        }
    }
}
