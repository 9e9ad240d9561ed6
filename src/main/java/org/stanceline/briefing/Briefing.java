package org.stanceline.briefing;

import io.quarkus.qute.TemplateData;
import org.stanceline.chart.ChartModel;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.kernel.PrecisionDates;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a briefing says, decided once and rendered as HTML, PDF, Markdown or DOCX. The sentences are
 * written by {@link BriefingService} from the timeline and the shifts, never typed by hand.
 */
@TemplateData
public record Briefing(String topic, String question, String description, LocalDate from, LocalDate to,
                       String period, LocalDate generatedOn, List<BottomLine> bottomLines, ChartModel chart,
                       List<Event> events, List<Shift> shifts, int shiftsInPeriod, List<Citation> keyStatements,
                       Methodology methodology, String permalink) {

    /** Where an actor stands at the end of the period, how that changed, and its latest words. */
    @TemplateData
    public record BottomLine(String actor, String name, String colour, Integer stance, String position,
                             String change, String sentence, Citation latest) {
    }

    /** A statement with everything needed to cite it; {@code precision} says how exactly {@code date} is known. */
    @TemplateData
    public record Citation(LocalDate date, DatePrecision precision, String actor, String speaker, String role,
                           String quote, boolean verbatim, Integer stance, String position, int intensity,
                           List<String> cues, String outlet, String title, String url, String translation,
                           String quoteLanguage) {
        /** The date said, as exactly as it is known: "8 January 2026", "week of 17 March 2025", "January 2026". */
        public String when() {
            return PrecisionDates.format(date, precision);
        }

        /** "Name, role" as a byline. */
        public String byline() {
            return role == null || role.isBlank() ? speaker : speaker + ", " + role;
        }

        /**
         * For a quote not in English, its translation as the reader needs it beside the original words:
         * "Translation (fr): …"; null when the statement has none.
         */
        public String translationLine() {
            if (translation == null || translation.isBlank()) {
                return null;
            }
            return "Translation" + (quoteLanguage == null || quoteLanguage.isBlank() ? "" : " (" + quoteLanguage + ")")
                    + ": " + translation;
        }

        /** "Outlet, “Title”" as a reference. */
        public String reference() {
            String t = title == null ? "" : "\u201C" + title + "\u201D";
            return outlet == null || outlet.isBlank() ? t : outlet + (t.isEmpty() ? "" : ", " + t);
        }
    }

    /** A shift, dated by its later statement ({@code after}), with that statement's precision. */
    @TemplateData
    public record Shift(LocalDate date, String actor, String name, String headline, Citation before,
                       Citation after) {
        public String when() {
            return after == null ? PrecisionDates.day(date) : after.when();
        }
    }

    @TemplateData
    public record Event(int number, LocalDate date, LocalDate endDate, String label, String kind) {
    }

    @TemplateData
    public record Methodology(List<ScaleStep> stanceScale, List<ScaleStep> intensityScale, String cues,
                              long confirmed, long proposed, long rejected, LocalDate dataAsOf, int staleAfterDays,
                              String selection) {
    }

    @TemplateData
    public record ScaleStep(String value, String word, String meaning) {
    }
}
