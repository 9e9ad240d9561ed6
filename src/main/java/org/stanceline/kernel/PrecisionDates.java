package org.stanceline.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way the server writes a date in words, as exactly as it is known: a month-dated statement is stored as
 * the 1st of its month, and showing that day ("1 January 2026") would claim a precision the data does not have.
 * The dashboard's {@code formatWithPrecision} (frontend/src/format/dates.ts) follows the same rules.
 */
public final class PrecisionDates {

    /** Written where no date is known (an undated source). */
    public static final String UNDATED = "undated";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);

    private PrecisionDates() {
    }

    /** "17 March 2025", "week of 17 March 2025", "January 2026", "2026"; a missing precision is a day. */
    public static String format(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return UNDATED;
        }
        return switch (precision == null ? DatePrecision.DAY : precision) {
            case DAY -> DAY.format(date);
            case WEEK -> "week of " + DAY.format(precision.startOf(date));
            case MONTH -> MONTH.format(date);
            case YEAR -> YEAR.format(date);
        };
    }

    /** For tables and axes: "17 Mar 2025", "wk of 17 Mar 2025", "Jan 2026", "2026". */
    public static String formatShort(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return UNDATED;
        }
        return switch (precision == null ? DatePrecision.DAY : precision) {
            case DAY -> DAY_SHORT.format(date);
            case WEEK -> "wk of " + DAY_SHORT.format(precision.startOf(date));
            case MONTH -> MONTH_SHORT.format(date);
            case YEAR -> YEAR.format(date);
        };
    }

    /**
     * With its preposition, for sentences: "on 17 March 2025", "in the week of 17 March 2025", "in January 2026",
     * "in 2026".
     */
    public static String on(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return UNDATED;
        }
        DatePrecision p = precision == null ? DatePrecision.DAY : precision;
        return (p == DatePrecision.DAY ? "on " : p == DatePrecision.WEEK ? "in the " : "in ") + format(date, p);
    }

    /** "since 17 March 2025", "since the week of 17 March 2025", "since January 2026". */
    public static String since(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return UNDATED;
        }
        return "since " + (precision == DatePrecision.WEEK ? "the " : "") + format(date, precision);
    }

    /** A date known to the day, in words: "17 March 2025". */
    public static String day(LocalDate date) {
        return format(date, DatePrecision.DAY);
    }

    /** A date known to the day, short: "17 Mar 2025". */
    public static String dayShort(LocalDate date) {
        return formatShort(date, DatePrecision.DAY);
    }

    /** {@link #format} with the precision as the API spells it ("day", "week", …; null is a day). */
    public static String format(LocalDate date, String precision) {
        return format(date, precision == null ? null : DatePrecision.parse(precision));
    }
}
