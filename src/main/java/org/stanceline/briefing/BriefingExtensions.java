package org.stanceline.briefing;

import io.quarkus.qute.TemplateExtension;
import org.stanceline.kernel.PrecisionDates;

import java.time.LocalDate;

/** Display helpers for the briefing templates, so the templates hold no formatting logic. */
@TemplateExtension
public class BriefingExtensions {

    /** {@code {date.day}} → "3 March 2025", for dates known to the day (events, the period, data as of). */
    static String day(LocalDate date) {
        return date == null ? "" : PrecisionDates.day(date);
    }

    /** {@code {stance.signed}} → "+2", "−1", "0". */
    static String signed(Integer stance) {
        return stance == null ? "" : BriefingService.signed(stance);
    }
}
