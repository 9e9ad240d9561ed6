package org.stanceline.chart;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The actors' names at the right end of their lines, drawn beside the plot once JFreeChart has laid it out. As
 * annotations inside the plot they would need the time axis to run on past the period's end, which read as if
 * the data did too.
 */
final class DirectLabels {

    /** Pixels (at width 960) between a line's end and its name. */
    static final double GAP = 6;

    private DirectLabels() {
    }

    /** Where an actor's line is drawn at a stance: lines at the same stance are set slightly apart. */
    static double offset(int index, int lines) {
        return lines > 1 ? (index - (lines - 1) / 2.0) * ChartRenderer.LINE_OFFSET : 0;
    }

    /** Width right of the plot for the names: the widest name in the label font, and a gap before it. */
    static double room(List<ChartState.Line> lines, float k) {
        Font font = ChartFonts.bold(11f * k);
        FontRenderContext context = new FontRenderContext(null, true, true);
        double widest = lines.stream().filter(l -> l.lastPosition() != null)
                .mapToDouble(l -> font.getStringBounds(l.name(), context).getWidth()).max().orElse(0);
        return widest == 0 ? 0 : widest + GAP * k + 4 * k;
    }

    /** Names just right of each line's end, moved apart vertically (in pixels) when positions coincide. */
    static void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, List<ChartState.Line> lines,
                     ChartRenderer.Options options) {
        float k = (float) Math.max(0.75, Math.min(1.5, options.width() / 960.0));
        double gap = 14.5 * k;
        List<double[]> labels = new ArrayList<>(); // [y in pixels, line index]
        for (int i = 0; i < lines.size(); i++) {
            Integer last = lines.get(i).lastPosition();
            if (last != null) {
                labels.add(new double[] {plot.getRangeAxis().valueToJava2D(last + 2 + offset(i, lines.size()),
                        dataArea, plot.getRangeAxisEdge()), i});
            }
        }
        // Lowest first, each pushed up until it clears the one below; then back down if the top one left the plot.
        labels.sort(Comparator.comparingDouble((double[] l) -> l[0]).reversed());
        for (int i = 1; i < labels.size(); i++) {
            labels.get(i)[0] = Math.min(labels.get(i)[0], labels.get(i - 1)[0] - gap);
        }
        if (!labels.isEmpty()) {
            double overflow = dataArea.getMinY() + gap / 2 - labels.get(labels.size() - 1)[0];
            if (overflow > 0) {
                labels.get(labels.size() - 1)[0] += overflow;
                for (int i = labels.size() - 2; i >= 0; i--) {
                    labels.get(i)[0] = Math.max(labels.get(i)[0], labels.get(i + 1)[0] + gap);
                }
            }
        }
        g2.setFont(ChartFonts.bold(11f * k));
        float x = (float) (dataArea.getMaxX() + GAP * k);
        for (double[] label : labels) {
            ChartState.Line line = lines.get((int) label[1]);
            g2.setPaint(Color.decode(line.colour()));
            TextUtils.drawAlignedString(line.name(), g2, x, (float) label[0], TextAnchor.HALF_ASCENT_LEFT);
        }
    }
}
