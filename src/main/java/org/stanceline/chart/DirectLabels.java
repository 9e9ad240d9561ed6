package org.stanceline.chart;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
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

    /** Width right of the plot for the names: the widest name in the label font, and a gap before it. */
    static double room(List<ChartModel.ActorSeries> lines, float k) {
        Font font = ChartFonts.bold(11f * k);
        FontRenderContext context = new FontRenderContext(null, true, true);
        double widest = lines.stream().filter(l -> l.end() != null)
                .mapToDouble(l -> font.getStringBounds(l.name(), context).getWidth()).max().orElse(0);
        return widest == 0 ? 0 : widest + GAP * k + 4 * k;
    }

    /** Names just right of each line's end, at the heights the model spread them to so none overlaps. */
    static void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, List<ChartModel.ActorSeries> lines,
                     ChartRenderer.Options options) {
        float k = (float) Math.max(0.75, Math.min(1.5, options.width() / 960.0));
        g2.setFont(ChartFonts.bold(11f * k));
        float x = (float) (dataArea.getMaxX() + GAP * k);
        for (ChartModel.ActorSeries line : lines) {
            if (line.end() == null) {
                continue;
            }
            double y = plot.getRangeAxis().valueToJava2D(line.end().labelY() + 2, dataArea, plot.getRangeAxisEdge());
            // The model's label colour is darkened for white paper; on the dark theme the actor's own colour reads.
            g2.setPaint(Color.decode(options.theme() == ChartRenderer.Theme.DARK ? line.colour() : line.labelColour()));
            TextUtils.drawAlignedString(line.name(), g2, x, (float) y, TextAnchor.HALF_ASCENT_LEFT);
        }
    }
}
