package org.stanceline.briefing;

import io.quarkus.qute.TemplateExtension;
import org.stanceline.chart.ChartStateService;

import java.time.LocalDate;

/** Display helpers for the briefing templates, so the templates hold no formatting logic. */
@TemplateExtension
public class BriefingExtensions {

    /** {@code {date.day}} → "3 Mar 2025". */
    static String day(LocalDate date) {
        return date == null ? "" : ChartStateService.DAY.format(date);
    }

    /** {@code {stance.signed}} → "+2", "−1", "0". */
    static String signed(Integer stance) {
        return stance == null ? "" : BriefingService.signed(stance);
    }
}
