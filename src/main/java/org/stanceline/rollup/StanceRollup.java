package org.stanceline.rollup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Aggregates of one actor's confirmed statements on one topic in one day, week or month. Mapped for queries
 * only: rows are written by {@link RollupWriter} and {@link RollupService} with SQL, never through the
 * persistence context.
 */
@Entity
@Table(name = "stance_rollup")
@IdClass(StanceRollup.Key.class)
public class StanceRollup {

    @Id
    @Column(name = "topic_id")
    long topicId;

    @Id
    @Column(name = "actor_id")
    long actorId;

    /** {@link RollupKind#code}. */
    @Id
    @Column(name = "bucket_kind")
    char kind;

    @Id
    @Column(name = "bucket_start")
    LocalDate bucketStart;

    @Column(name = "statement_count", nullable = false)
    int statementCount;

    @Column(name = "stance_sum", nullable = false)
    int stanceSum;

    @Column(name = "stance_min", nullable = false)
    int stanceMin;

    @Column(name = "stance_max", nullable = false)
    int stanceMax;

    @Column(name = "intensity_max", nullable = false)
    int intensityMax;

    @Column(name = "first_said_on", nullable = false)
    LocalDate firstSaidOn;

    @Column(name = "last_statement_id", nullable = false)
    long lastStatementId;

    @Column(name = "last_said_on", nullable = false)
    LocalDate lastSaidOn;

    @Column(name = "last_stance", nullable = false)
    int lastStance;

    @Column(name = "last_intensity", nullable = false)
    int lastIntensity;

    public static class Key implements Serializable {
        long topicId;
        long actorId;
        char kind;
        LocalDate bucketStart;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && topicId == k.topicId && actorId == k.actorId && kind == k.kind
                    && Objects.equals(bucketStart, k.bucketStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(topicId, actorId, kind, bucketStart);
        }
    }
}
