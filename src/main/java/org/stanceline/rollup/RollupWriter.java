package org.stanceline.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes rollup and shift rows with SQL (a batch of deletes and one multi-row insert per table and change), so the
 * persistence context never holds them and a bucket can be rewritten several times in one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RollupWriter {

    @Inject
    EntityManager em;

    /**
     * Takes the rollup lock until the transaction ends, after flushing this transaction's statement changes:
     * every later read sees them, and the committed changes of every writer that held the lock before.
     */
    public void lock() {
        em.flush();
        em.createNativeQuery("select id from rollup_lock where id = 1 for update").getResultList();
    }

    /** Replaces the rows of these buckets: an empty bucket (no row in {@code rows}) loses its row. */
    void replaceBuckets(Map<RollupRows.BucketKey, RollupRows.BucketRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // One JDBC batch of primary-key deletes: a single DELETE with the keys OR-ed together made H2 read the
        // whole table (seconds per confirm at a million statements).
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from stance_rollup where topic_id = ? "
                    + "and bucket_kind = ? and bucket_start = ? and actor_id = ?")) {
                for (RollupRows.BucketKey k : rows.keySet()) {
                    delete.setLong(1, k.topicId());
                    delete.setString(2, String.valueOf(k.kind().code));
                    delete.setObject(3, k.start());
                    delete.setLong(4, k.actorId());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        });

        List<String> tuples = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        rows.forEach((k, r) -> {
            if (r == null) {
                return;
            }
            tuples.add("(?, ?, '" + k.kind().code + "', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            values.addAll(List.of(k.topicId(), k.actorId(), k.start(), r.count(), r.stanceSum(), r.stanceMin(),
                    r.stanceMax(), r.intensityMax(), r.firstSaidOn(), r.lastStatementId(), r.lastSaidOn(),
                    r.lastStance(), r.lastIntensity()));
        });
        if (!tuples.isEmpty()) {
            bind(em.createNativeQuery("insert into stance_rollup (topic_id, actor_id, bucket_kind, bucket_start, "
                    + "statement_count, stance_sum, stance_min, stance_max, intensity_max, first_said_on, "
                    + "last_statement_id, last_said_on, last_stance, last_intensity) values "
                    + String.join(", ", tuples)), values).executeUpdate();
        }
    }

    /** Replaces the shift rows keyed by these statements with {@code shifts}. */
    void replaceShifts(Collection<Long> statementIds, List<RollupRows.ShiftKey> shifts) {
        if (statementIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("delete from stance_shift where statement_id in (:ids)")
                .setParameter("ids", statementIds).executeUpdate();
        if (shifts.isEmpty()) {
            return;
        }
        List<String> tuples = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (RollupRows.ShiftKey s : shifts) {
            tuples.add("(?, ?, ?, ?, ?, ?, ?)");
            values.addAll(List.of(s.statementId(), s.prevStatementId(), s.topicId(), s.actorId(), s.saidOn(),
                    s.stanceDelta(), s.intensityDelta()));
        }
        bind(em.createNativeQuery("insert into stance_shift (statement_id, prev_statement_id, topic_id, actor_id, "
                + "said_on, stance_delta, intensity_delta) values " + String.join(", ", tuples)), values)
                .executeUpdate();
    }

    private static Query bind(Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
