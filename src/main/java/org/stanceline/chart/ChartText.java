package org.stanceline.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stanceline.kernel.PrecisionDates;

/** The words and colours a chart model is labelled with (the dashboard used to compute the same in format/). */
final class ChartText {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    static final Map<Integer, String> INTENSITY_LABELS = Map.of(0, "descriptive", 1, "firm",
            2, "warning of consequences", 3, "explicit threat of force");

    private static final Map<Integer, String> DEFAULT_STANCE_LABELS = Map.of(-2, "threatens", -1, "opposes",
            0, "conditional", 1, "open to", 2, "commits");

    private ChartText() {
    }

    static String stanceLabel(int stance, Map<String, String> topicLabels) {
        String label = topicLabels == null ? null : topicLabels.get(Integer.toString(stance));
        return label != null ? label : DEFAULT_STANCE_LABELS.getOrDefault(stance, Integer.toString(stance));
    }

    static String intensityLabel(int intensity) {
        return INTENSITY_LABELS.getOrDefault(intensity, Integer.toString(intensity));
    }

    /** "March 2025" */
    static String month(LocalDate date) {
        return MONTH.format(date);
    }

    /** "1 February 2025 – 31 January 2026" */
    static String range(LocalDate from, LocalDate to) {
        return PrecisionDates.day(from) + " – " + PrecisionDates.day(to);
    }

    /** Shortens text at a word boundary, adding an ellipsis. */
    static String excerpt(String text, int max) {
        String t = text.replaceAll("\\s+", " ").trim();
        if (t.length() <= max) {
            return t;
        }
        String cut = t.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        return (space > max * 0.6 ? cut.substring(0, space) : cut).replaceAll("[\\s,;:.]+$", "") + "…";
    }

    /** "Moscow", "Moscow and London", "Moscow, London and Paris" */
    static String listInWords(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String plural(long n, String one) {
        return n + " " + (n == 1 ? one : one + "s");
    }

    static String quoted(String s) {
        return "“" + s + "”";
    }

    /** The colour itself if text in it reaches 4.5:1 against white (WCAG AA), else a darker shade that does. */
    static String readableOnWhite(String colour) {
        int[] rgb = parseHex(colour);
        if (rgb == null) {
            return "#1a1a1a";
        }
        double white = 1.0;
        if (contrast(luminance(rgb), white) >= 4.5) {
            return colour;
        }
        for (double f = 0.95; f >= 0; f -= 0.05) {
            int[] darker = {(int) Math.round(rgb[0] * f), (int) Math.round(rgb[1] * f), (int) Math.round(rgb[2] * f)};
            if (contrast(luminance(darker), white) >= 4.5) {
                return String.format(Locale.ROOT, "#%02x%02x%02x", darker[0], darker[1], darker[2]);
            }
        }
        return "#000000";
    }

    private static int[] parseHex(String hex) {
        String h = hex == null ? "" : hex.trim().replaceFirst("^#", "");
        if (!h.matches("(?i)[0-9a-f]{6}")) {
            return null;
        }
        int n = Integer.parseInt(h, 16);
        return new int[] {(n >> 16) & 255, (n >> 8) & 255, n & 255};
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static double luminance(int[] rgb) {
        return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    }

    private static double contrast(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }
}
