package org.stanceline.timeline;

import org.stanceline.statement.DatePrecision;

import java.time.LocalDate;
import java.util.Locale;

/** Width of a timeline bucket; each maps to a column the database can group on directly. */
public enum Bucket {
    DAY("said_on", DatePrecision.DAY),
    WEEK("said_week", DatePrecision.WEEK),
    MONTH("said_month", DatePrecision.MONTH);

    /** Column of {@code statement} holding the bucket start (whitelisted: goes into SQL text). */
    final String column;
    private final DatePrecision period;

    Bucket(String column, DatePrecision period) {
        this.column = column;
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
