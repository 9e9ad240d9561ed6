package org.stanceline.chart;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashed strokes a renderer actually drew, read back from its output (SVG markup, PDF content stream), and
 * compared with the stale segments of a chart model. Strokes are told apart by colour (each actor has its own);
 * their horizontal pixel extents are matched to the segments' dates through one linear date-to-x map fitted over
 * all of them, so a segment drawn at another date, or one missing or extra, fails.
 */
public final class DrawnStaleSegments {

    /** A dashed horizontal stroke: its colour as {@code #rrggbb} and its x extent in the output's units. */
    public record Stroke(String colour, double x0, double x1) {
    }

    /** A stale segment to look for: an actor's colour and dates. */
    public record Expected(String colour, LocalDate from, LocalDate to) {
    }

    private DrawnStaleSegments() {
    }

    private static final Pattern SVG_LINE = Pattern.compile(
            "<line x1='([-0-9.]+)' y1='[-0-9.]+' x2='([-0-9.]+)' y2='[-0-9.]+' style='([^']*)'");
    private static final Pattern RGB = Pattern.compile("stroke:rgb\\((\\d+),(\\d+),(\\d+)\\)");

    /** Dashed {@code <line>} elements of a JFreeSVG drawing. */
    public static List<Stroke> fromSvg(String svg) {
        List<Stroke> strokes = new ArrayList<>();
        Matcher m = SVG_LINE.matcher(svg.replace('"', '\''));
        while (m.find()) {
            String style = m.group(3);
            Matcher rgb = RGB.matcher(style);
            if (style.contains("stroke-dasharray") && rgb.find()) {
                strokes.add(stroke(hex(Integer.parseInt(rgb.group(1)), Integer.parseInt(rgb.group(2)),
                        Integer.parseInt(rgb.group(3))), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
            }
        }
        return strokes;
    }

    /** Dashed strokes of every page of a PDF, in page coordinates. */
    public static List<Stroke> fromPdf(byte[] pdf) throws IOException {
        List<Stroke> strokes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                DashedStrokes engine = new DashedStrokes(page, strokes);
                engine.processPage(page);
            }
        }
        return strokes;
    }

    /** A chart model from {@code GET /api/chart}'s JSON. */
    public static ChartModel readModel(byte[] json) throws IOException {
        return ChartModelFixture.JSON.readValue(json, ChartModel.class);
    }

    /** The model's stale segments with their actors' colours. */
    public static List<Expected> expected(ChartModel model) {
        List<Expected> out = new ArrayList<>();
        for (ChartModel.ActorSeries s : model.series()) {
            for (ChartModel.Segment seg : s.staleSegments()) {
                out.add(new Expected(s.colour().toLowerCase(Locale.ROOT), seg.from(), seg.to()));
            }
        }
        return out;
    }

    /**
     * Asserts that the dashed strokes in actor colours are exactly the expected segments: as many per colour, and
     * each at its dates within {@code toleranceDays} under one linear map fitted from the earliest start and the
     * latest end.
     */
    public static void assertDrawn(List<Expected> expected, List<Stroke> drawn, String renderer) {
        Map<String, List<Expected>> wanted = new HashMap<>();
        expected.forEach(e -> wanted.computeIfAbsent(e.colour(), c -> new ArrayList<>()).add(e));
        List<Stroke> mine = drawn.stream().filter(s -> wanted.containsKey(s.colour()))
                .sorted(Comparator.comparing(Stroke::colour).thenComparingDouble(Stroke::x0)).toList();
        assertEquals(expected.size(), mine.size(), renderer + ": dashed strokes in actor colours " + mine
                + " against stale segments " + expected);
        assertTrue(expected.size() >= 2, "at least two stale segments to fit the date axis");
        LocalDate origin = expected.stream().map(Expected::from).min(Comparator.naturalOrder()).orElseThrow();
        List<double[]> pairs = new ArrayList<>(); // [day, x]
        for (Map.Entry<String, List<Expected>> e : wanted.entrySet()) {
            List<Expected> segs = e.getValue().stream().sorted(Comparator.comparing(Expected::from)).toList();
            List<Stroke> strokes = mine.stream().filter(s -> s.colour().equals(e.getKey())).toList();
            assertEquals(segs.size(), strokes.size(), renderer + ": dashed strokes of " + e.getKey());
            for (int i = 0; i < segs.size(); i++) {
                pairs.add(new double[] {ChronoUnit.DAYS.between(origin, segs.get(i).from()), strokes.get(i).x0()});
                pairs.add(new double[] {ChronoUnit.DAYS.between(origin, segs.get(i).to()), strokes.get(i).x1()});
            }
        }
        double[] first = pairs.stream().min(Comparator.comparingDouble(p -> p[0])).orElseThrow();
        double[] last = pairs.stream().max(Comparator.comparingDouble(p -> p[0])).orElseThrow();
        double perDay = (last[1] - first[1]) / (last[0] - first[0]);
        assertTrue(perDay > 0, renderer + ": later dates drawn further right");
        for (double[] p : pairs) {
            double days = (p[1] - first[1]) / perDay + first[0];
            assertTrue(Math.abs(days - p[0]) <= 1.5, renderer + ": a stale segment's end drawn at day " + days
                    + " instead of day " + p[0] + " after " + origin);
        }
    }

    private static Stroke stroke(String colour, double a, double b) {
        return new Stroke(colour, Math.min(a, b), Math.max(a, b));
    }

    private static String hex(int r, int g, int b) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** Records the x extent of every stroked path drawn with a dash pattern. */
    private static final class DashedStrokes extends PDFGraphicsStreamEngine {

        private final List<Stroke> out;
        private final List<Point2D> path = new ArrayList<>();
        private Point2D current = new Point2D.Float();

        DashedStrokes(PDPage page, List<Stroke> out) {
            super(page);
            this.out = out;
        }

        @Override
        public void strokePath() throws IOException {
            float[] dashes = getGraphicsState().getLineDashPattern().getDashArray();
            if (dashes.length > 0 && !path.isEmpty()) {
                int rgb = getGraphicsState().getStrokingColor().toRGB();
                double min = path.stream().mapToDouble(Point2D::getX).min().orElseThrow();
                double max = path.stream().mapToDouble(Point2D::getX).max().orElseThrow();
                out.add(new Stroke(hex((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255), min, max));
            }
            path.clear();
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            path.add(current);
        }

        @Override
        public void lineTo(float x, float y) {
            current = new Point2D.Float(x, y);
            path.add(current);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
            path.add(current);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.add(p0);
            path.add(p2);
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            strokePath();
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
