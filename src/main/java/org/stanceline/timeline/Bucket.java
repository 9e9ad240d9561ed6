package org.stanceline.timeline;

import org.stanceline.rollup.RollupKind;
import org.stanceline.kernel.DatePrecision;

import java.time.LocalDate;
import java.util.Locale;

/** Width of a timeline bucket; each reads the rollup rows of the same width. */
public enum Bucket {
    DAY(RollupKind.DAY, DatePrecision.DAY),
    WEEK(RollupKind.WEEK, DatePrecision.WEEK),
    MONTH(RollupKind.MONTH, DatePrecision.MONTH);

    final RollupKind rollup;
    private final DatePrecision period;

    Bucket(RollupKind rollup, DatePrecision period) {
        this.rollup = rollup;
        this.period = period;
    }

    public static Bucket parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return MONTH;
        }
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Parameter 'bucket' must be day, week or month; got '" + raw + "'");
        }
    }

    public LocalDate startOf(LocalDate date) {
        return period.startOf(date);
    }

    public LocalDate endOf(LocalDate start) {
        return period.endOf(start);
    }

    public LocalDate next(LocalDate start) {
        return endOf(start).plusDays(1);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
