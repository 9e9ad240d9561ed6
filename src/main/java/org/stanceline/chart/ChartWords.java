package org.stanceline.chart;

import org.stanceline.chart.ChartModel.ActorSeries;
import org.stanceline.chart.ChartModel.StatementMarker;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.kernel.PrecisionDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.stanceline.chart.ChartText.intensityLabel;
import static org.stanceline.chart.ChartText.listInWords;
import static org.stanceline.chart.ChartText.month;
import static org.stanceline.chart.ChartText.plural;
import static org.stanceline.chart.ChartText.quoted;

/**
 * The chart "in words", for screen readers, readers who want the gist, the embed page and briefings: built from
 * the model's series only, so it says what the chart draws.
 */
final class ChartWords {

    private ChartWords() {
    }

    private record Said(int stance, LocalDate date) {
    }

    static ChartModel.Summary summary(ChartModelBuilder.TopicInfo topic, LocalDate from, LocalDate to, long count,
                                      List<ActorSeries> series, List<String> silent) {
        Map<String, String> labels = topic.scaleLabels();
        long capitals = series.size() + silent.size();
        String lead = topic.question() + " " + ChartText.range(from, to) + ": " + plural(count, "confirmed statement")
                + " from " + plural(capitals, "capital") + ". Stance runs from "
                + quoted(ChartText.stanceLabel(-2, labels)) + " (−2) to " + quoted(ChartText.stanceLabel(2, labels))
                + " (+2); intensity from 0 (" + intensityLabel(0) + ") to 3 (" + intensityLabel(3) + ").";
        List<String> actorLines = series.stream()
                .map(s -> stanceSentence(s, labels) + "; " + intensitySentence(s) + ".").toList();
        String none = silent.isEmpty() ? null
                : "No confirmed statements from " + listInWords(silent) + " in this period.";
        return new ChartModel.Summary(lead, actorLines, none);
    }

    private static int side(int stance) {
        return Integer.signum(stance);
    }

    private static String sideWords(int side, Map<String, String> labels) {
        return side < 0 ? "opposed" : side > 0 ? "in favour" : quoted(ChartText.stanceLabel(0, labels));
    }

    private static String label(int stance, Map<String, String> labels) {
        return quoted(ChartText.stanceLabel(stance, labels));
    }

    static String stanceSentence(ActorSeries series, Map<String, String> labels) {
        List<Said> positions = new ArrayList<>();
        if (series.carriedIn() != null) {
            positions.add(new Said(series.carriedIn().stance(), series.carriedIn().date()));
        }
        series.markers().forEach(m -> positions.add(new Said(m.stance(), m.date())));
        Said first = positions.get(0);
        Said last = positions.get(positions.size() - 1);
        Set<Integer> sides = new LinkedHashSet<>();
        Set<Integer> distinctSet = new LinkedHashSet<>();
        positions.forEach(p -> {
            sides.add(side(p.stance()));
            distinctSet.add(p.stance());
        });
        List<Integer> distinct = List.copyOf(distinctSet);
        String name = series.name();
        if (sides.size() == 1) {
            String sideText = name + " " + sideWords(side(first.stance()), labels) + " throughout";
            if (distinct.size() == 1) {
                return sideWords(side(first.stance()), labels).equals(label(first.stance(), labels)) ? sideText
                        : sideText + " (" + label(first.stance(), labels) + ")";
            }
            if (first.stance() != last.stance()) {
                return sideText + ", from " + label(first.stance(), labels) + " in " + month(first.date()) + " to "
                        + label(last.stance(), labels) + " in " + month(last.date());
            }
            int lo = distinct.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int hi = distinct.stream().mapToInt(Integer::intValue).max().orElseThrow();
            return sideText + " (between " + label(lo, labels) + " and " + label(hi, labels) + ")";
        }
        if (first.stance() == last.stance()) {
            int awayIndex = 0;
            while (positions.get(awayIndex).stance() == first.stance()) {
                awayIndex++;
            }
            Said away = positions.get(awayIndex);
            Said back = positions.subList(awayIndex, positions.size()).stream()
                    .filter(p -> p.stance() == last.stance()).findFirst().orElseThrow();
            return name + " was at " + label(first.stance(), labels) + " in " + month(first.date()) + ", moved to "
                    + label(away.stance(), labels) + " in " + month(away.date()) + " and returned to "
                    + label(last.stance(), labels) + " in " + month(back.date());
        }
        List<String> between = distinct.stream().filter(s -> s != first.stance() && s != last.stance())
                .map(s -> label(s, labels)).toList();
        String via = between.isEmpty() ? "" : ", by way of " + listInWords(between);
        return name + " moved from " + label(first.stance(), labels) + " in " + month(first.date()) + " to "
                + label(last.stance(), labels) + " in " + month(last.date()) + via;
    }

    private static String attribution(StatementMarker m) {
        String who = m.speaker() != null ? m.speaker() : "an unattributed source";
        String text = ChartText.excerpt(m.quote(), 120).replaceAll("[.!?]+$", "");
        return who + ", " + (m.verbatim() ? quoted(text) : "reported: " + quoted(text));
    }

    private static String whenSaid(StatementMarker m) {
        return PrecisionDates.on(m.date(), m.precision() == null ? null : DatePrecision.parse(m.precision()));
    }

    static String intensitySentence(ActorSeries series) {
        List<StatementMarker> ms = series.markers();
        if (ms.isEmpty()) {
            return "no new statements in this period (last position stated on "
                    + PrecisionDates.day(series.carriedIn().date()) + ")";
        }
        if (ms.size() == 1) {
            StatementMarker m = ms.get(0);
            return "one statement, intensity " + m.intensity() + " (" + intensityLabel(m.intensity()) + "), "
                    + whenSaid(m) + ": " + attribution(m);
        }
        StatementMarker first = ms.get(0);
        StatementMarker last = ms.get(ms.size() - 1);
        int peak = ms.stream().mapToInt(StatementMarker::intensity).max().orElseThrow();
        StatementMarker firstPeak = ms.stream().filter(m -> m.intensity() == peak).findFirst().orElseThrow();
        String trend = last.intensity() > first.intensity()
                ? "intensity rose from " + first.intensity() + " in " + month(first.date()) + " to " + last.intensity()
                        + " in " + month(last.date())
                : last.intensity() < first.intensity()
                        ? "intensity fell from " + first.intensity() + " in " + month(first.date()) + " to "
                                + last.intensity() + " in " + month(last.date())
                        : "intensity " + first.intensity() + " at the start and at the end";
        String peakText = "";
        if (peak >= 2 || peak > Math.max(first.intensity(), last.intensity())) {
            peakText = firstPeak == first
                    ? "; the first statement already reached " + peak + " (" + intensityLabel(peak) + ") "
                            + whenSaid(first) + ": " + attribution(first)
                    : "; it first reached " + peak + " (" + intensityLabel(peak) + ") " + whenSaid(firstPeak) + ": "
                            + attribution(firstPeak);
        }
        return plural(ms.size(), "statement") + "; " + trend + peakText;
    }
}
