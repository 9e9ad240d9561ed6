package org.stanceline.watch;

import org.stanceline.statement.DatePrecision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * A date in words at its precision ("17 March 2025", "week of 10 March 2025", "March 2025", "2025"). Kept private to
 * the watch features: the dates branch is writing the shared date-precision formatter, which should replace this.
 */
public final class DatePhrases {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private DatePhrases() {
    }

    public static String of(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> DAY.format(date);
            case WEEK -> "week " + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " of "
                    + date.get(IsoFields.WEEK_BASED_YEAR) + " (from " + DAY.format(date) + ")";
            case MONTH -> MONTH.format(date);
            case YEAR -> Integer.toString(date.getYear());
        };
    }
}
