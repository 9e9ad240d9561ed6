package org.stanceline.rollup;

import org.stanceline.kernel.DatePrecision;

import java.time.LocalDate;

/** Width of a rollup bucket, stored as one letter in {@code stance_rollup.bucket_kind}. */
public enum RollupKind {
    DAY('D', DatePrecision.DAY),
    WEEK('W', DatePrecision.WEEK),
    MONTH('M', DatePrecision.MONTH);

    final char code;
    private final DatePrecision period;

    RollupKind(char code, DatePrecision period) {
        this.code = code;
        this.period = period;
    }

    public LocalDate startOf(LocalDate date) {
        return period.startOf(date);
    }

    public LocalDate endOf(LocalDate start) {
        return period.endOf(start);
    }
}
