package org.stanceline.ingest;

import org.junit.jupiter.api.Test;
import org.stanceline.kernel.DatePrecision;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateResolverTest {

    private static final DateResolver.Dated MONDAY_17_MARCH = new DateResolver.Dated(LocalDate.of(2025, 3, 17),
            DatePrecision.DAY, false, "test");

    @Test
    void shouldTakeThePublicationDateFromMetadataHeaderOrDateline() {
        assertEquals(LocalDate.of(2025, 3, 1), DateResolver.publication("text", LocalDate.of(2025, 3, 9),
                DatePrecision.MONTH, null).date());
        DateResolver.Dated header = DateResolver.publication(" date 2025-03-17 At a moment…", null, null, null);
        assertEquals(LocalDate.of(2025, 3, 17), header.date());
        assertFalse(header.inferred());
        DateResolver.Dated dateline = DateResolver.publication("Headline\n\nLONDON, March 3, 2025 - The minister said", null, null, null);
        assertEquals(LocalDate.of(2025, 3, 3), dateline.date());
        assertTrue(dateline.inferred());
        assertEquals(LocalDate.of(2025, 2, 1), DateResolver.publication("x", null, null, "2025-02-01T08:00:00Z").date());
        assertFalse(DateResolver.publication("No date anywhere.", null, null, null).known());
    }

    @Test
    void shouldResolveABareWeekdayToThatDayOnOrBeforePublication() {
        DateResolver.Dated friday = new DateResolver.Dated(LocalDate.of(2025, 3, 21), DatePrecision.DAY, false, "test");
        DateResolver.Dated said = DateResolver.said("Starmer said Friday that the plan stands", friday);
        assertEquals(LocalDate.of(2025, 3, 21), said.date(), "'said Friday' in Friday's paper is that Friday");
        assertEquals(DatePrecision.DAY, said.precision());
        assertEquals(LocalDate.of(2025, 3, 18), DateResolver.said("Peskov Tuesday declined to comment", friday).date());
        assertEquals(LocalDate.of(2025, 3, 18), DateResolver.said("He said Tuesday that the allies he met on Monday agree",
                friday).date(), "the first weekday named is the remark's");
        DateResolver.Dated tuesday = new DateResolver.Dated(LocalDate.of(2025, 8, 19), DatePrecision.DAY, false, "test");
        assertFalse(DateResolver.said("\"They are willing,\" he told Fox News, referring to allies whom he met in the White "
                + "House on Monday.", tuesday).precision() == DatePrecision.DAY, "Monday dates the meeting, not the remark");
        assertFalse(DateResolver.said("Following his talks Monday with European leaders he is pushing to organize a summit.",
                tuesday).precision() == DatePrecision.DAY);
        assertEquals(LocalDate.of(2025, 8, 18), DateResolver.said("He said on Monday after the meeting that it went well",
                tuesday).date(), "a weekday beside the reporting verb dates the remark");
        assertEquals(DatePrecision.WEEK, DateResolver.said("as the Sunday Times reported", friday).precision());
    }

    @Test
    void shouldResolveWeekdaysAndRelativeExpressionsAgainstPublication() {
        assertEquals(new DateResolver.Dated(LocalDate.of(2025, 3, 16), DatePrecision.DAY, true, null).date(),
                DateResolver.said("In a post on X on Sunday, he wrote", MONDAY_17_MARCH).date());
        assertEquals(LocalDate.of(2025, 3, 17), DateResolver.said("she told radio on Monday", MONDAY_17_MARCH).date());
        assertEquals(LocalDate.of(2025, 3, 16), DateResolver.said("he said yesterday", MONDAY_17_MARCH).date());
        DateResolver.Dated week = DateResolver.said("he confirmed this week that", MONDAY_17_MARCH);
        assertEquals(DatePrecision.WEEK, week.precision());
        assertEquals(LocalDate.of(2025, 3, 17), week.date());
        DateResolver.Dated lastMonth = DateResolver.said("as he said last month", MONDAY_17_MARCH);
        assertEquals(LocalDate.of(2025, 2, 1), lastMonth.date());
        assertEquals(DatePrecision.MONTH, lastMonth.precision());
        assertEquals(LocalDate.of(2025, 3, 10), DateResolver.said("had said over the weekend", MONDAY_17_MARCH).date());
        assertEquals(LocalDate.of(2025, 2, 12), DateResolver.said("in Brussels on February 12 he said", MONDAY_17_MARCH).date());
    }

    @Test
    void shouldDateUndatedRemarksToThePublicationPeriod() {
        DateResolver.Dated undated = DateResolver.said("He has argued that", MONDAY_17_MARCH);
        assertEquals(LocalDate.of(2025, 3, 17), undated.date());
        assertEquals(DatePrecision.WEEK, undated.precision());
        DateResolver.Dated month = DateResolver.said("on Sunday", new DateResolver.Dated(LocalDate.of(2025, 3, 1),
                DatePrecision.MONTH, true, "x"));
        assertEquals(DatePrecision.MONTH, month.precision(), "a weekday means nothing without a publication day");
        assertFalse(DateResolver.said("on Sunday", DateResolver.Dated.UNKNOWN).known());
    }

    @Test
    void shouldReadAWireDatelineWithoutAYearAsTheLatestSuchDayBeforePublication() {
        DateResolver.Dated pub = new DateResolver.Dated(LocalDate.of(2025, 9, 5), DatePrecision.DAY, false, "test");
        DateResolver.Dated d = DateResolver.dateline("ROME, September 4. /TASS/. Italy will not send troops.", pub);
        assertEquals(LocalDate.of(2025, 9, 4), d.date());
        assertEquals(DatePrecision.DAY, d.precision());
        DateResolver.Dated january = new DateResolver.Dated(LocalDate.of(2026, 1, 2), DatePrecision.DAY, false, "test");
        assertEquals(LocalDate.of(2025, 12, 30), DateResolver.dateline("MOSCOW, Dec. 30 (Reuters) - Peskov said", january).date());
        assertEquals(LocalDate.of(2025, 9, 4), DateResolver.dateline("PARIS, 4 September 2025 - x", pub).date());
        assertEquals(null, DateResolver.dateline("ROME, May 4. /TASS/. Months before publication.", pub));
        assertEquals(null, DateResolver.dateline("Rome, and on September 4 he said", pub));
        assertEquals(null, DateResolver.dateline("ROME, September 4, 2025", DateResolver.Dated.UNKNOWN));
    }
}
