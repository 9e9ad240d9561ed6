package org.stanceline.rollup;

import org.stanceline.kernel.DatePrecision;

import java.time.LocalDate;

/** Rows read from and written to the rollup tables. */
public final class RollupRows {

    private RollupRows() {
    }

    /** The latest confirmed statement of an actor up to some date: its position there. */
    public record LastStatement(long actorId, long statementId, LocalDate saidOn, int stance, int intensity) {
    }

    /** One actor's aggregates in one bucket. */
    public record BucketRow(long actorId, LocalDate start, int count, int stanceSum, int stanceMin, int stanceMax,
                            int intensityMax, LocalDate firstSaidOn, long lastStatementId, LocalDate lastSaidOn,
                            int lastStance, int lastIntensity) {

        public LastStatement last() {
            return new LastStatement(actorId, lastStatementId, lastSaidOn, lastStance, lastIntensity);
        }

        /** The same aggregates as a bucket starting on that day (the days of a bucket cut short, summed). */
        public BucketRow startingOn(LocalDate day) {
            return new BucketRow(actorId, day, count, stanceSum, stanceMin, stanceMax, intensityMax, firstSaidOn,
                    lastStatementId, lastSaidOn, lastStance, lastIntensity);
        }

        /** This bucket and a later one of the same actor as one bucket starting here. */
        public BucketRow plus(BucketRow later) {
            return new BucketRow(actorId, start, count + later.count, stanceSum + later.stanceSum,
                    Math.min(stanceMin, later.stanceMin), Math.max(stanceMax, later.stanceMax),
                    Math.max(intensityMax, later.intensityMax), firstSaidOn, later.lastStatementId,
                    later.lastSaidOn, later.lastStance, later.lastIntensity);
        }
    }

    /** First and last date said of the confirmed statements, null when there are none. */
    public record Period(LocalDate first, LocalDate last) {
    }

    /** A shift with both of its statements, each with its speaker. */
    public record ShiftRow(long actorId, LocalDate date, int stanceChange, int intensityChange,
                           long beforeId, LocalDate beforeDate, DatePrecision beforePrecision, int beforeStance,
                           int beforeIntensity, String beforeQuote, boolean beforeVerbatim, String beforeSpeaker,
                           String beforeRole, Long beforeSourceId,
                           long afterId, LocalDate afterDate, DatePrecision afterPrecision, int afterStance,
                           int afterIntensity,
                           String afterQuote, boolean afterVerbatim, String afterSpeaker, String afterRole,
                           Long afterSourceId) {
    }

    /** What rollup maintenance reads of one confirmed statement. */
    record Counted(long id, LocalDate saidOn, int stance, int intensity) {
    }

    record BucketKey(long topicId, long actorId, RollupKind kind, LocalDate start) {
    }

    record ShiftKey(long statementId, long prevStatementId, long topicId, long actorId, LocalDate saidOn,
                    int stanceDelta, int intensityDelta) {
    }
}
