package org.stanceline.kernel;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrecisionDatesTest {

    @Test
    void shouldWriteEachPrecisionInWords() {
        assertEquals("17 March 2025", PrecisionDates.format(LocalDate.of(2025, 3, 17), DatePrecision.DAY));
        assertEquals("week of 17 March 2025", PrecisionDates.format(LocalDate.of(2025, 3, 17), DatePrecision.WEEK));
        assertEquals("January 2026", PrecisionDates.format(LocalDate.of(2026, 1, 1), DatePrecision.MONTH));
        assertEquals("2026", PrecisionDates.format(LocalDate.of(2026, 1, 1), DatePrecision.YEAR));
        assertEquals("8 January 2026", PrecisionDates.format(LocalDate.of(2026, 1, 8), (DatePrecision) null),
                "no precision: a day");
        assertEquals("undated", PrecisionDates.format(null, DatePrecision.MONTH));
        assertEquals("January 2026", PrecisionDates.format(LocalDate.of(2026, 1, 1), "month"));
    }

    @Test
    void shouldWriteEachPrecisionShortForTables() {
        assertEquals("7 Mar 2025", PrecisionDates.formatShort(LocalDate.of(2025, 3, 7), DatePrecision.DAY));
        assertEquals("wk of 17 Mar 2025", PrecisionDates.formatShort(LocalDate.of(2025, 3, 17), DatePrecision.WEEK));
        assertEquals("Jan 2026", PrecisionDates.formatShort(LocalDate.of(2026, 1, 1), DatePrecision.MONTH));
        assertEquals("Sep 2025", PrecisionDates.formatShort(LocalDate.of(2025, 9, 1), DatePrecision.MONTH));
        assertEquals("2025", PrecisionDates.formatShort(LocalDate.of(2025, 1, 1), DatePrecision.YEAR));
    }

    @Test
    void shouldGiveEachPrecisionItsPrepositionInSentences() {
        assertEquals("on 8 January 2026", PrecisionDates.on(LocalDate.of(2026, 1, 8), DatePrecision.DAY));
        assertEquals("in the week of 17 March 2025", PrecisionDates.on(LocalDate.of(2025, 3, 17), DatePrecision.WEEK));
        assertEquals("in January 2026", PrecisionDates.on(LocalDate.of(2026, 1, 1), DatePrecision.MONTH));
        assertEquals("in 2026", PrecisionDates.on(LocalDate.of(2026, 1, 1), DatePrecision.YEAR));
        assertEquals("since the week of 17 March 2025",
                PrecisionDates.since(LocalDate.of(2025, 3, 17), DatePrecision.WEEK));
        assertEquals("since January 2026", PrecisionDates.since(LocalDate.of(2026, 1, 1), DatePrecision.MONTH));
    }

    @Test
    void shouldNameTheWeekByItsMondayWhateverDayIsStored() {
        // Stored dates are period starts, but a week given mid-week must not claim that day either.
        assertEquals("week of 17 March 2025", PrecisionDates.format(LocalDate.of(2025, 3, 19), DatePrecision.WEEK));
        assertEquals("March 2025", PrecisionDates.format(LocalDate.of(2025, 3, 19), DatePrecision.MONTH));
    }
}
