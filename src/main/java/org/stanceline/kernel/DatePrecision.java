package org.stanceline.kernel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How exactly a date is known. A date with a coarser precision is stored as the first day of its
 * period (Monday for a week), so that "within its precision" is a checkable property.
 */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR;

    public static DatePrecision parse(String raw) {
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("precision must be one of day, week, month, year; got '" + raw + "'");
        }
    }

    public boolean isPeriodStart(LocalDate date) {
        return startOf(date).equals(date);
    }

    public LocalDate startOf(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** Last day of the period that starts (or lies) at {@code date}. */
    public LocalDate endOf(LocalDate date) {
        LocalDate start = startOf(date);
        return switch (this) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
