package org.stanceline.chart;

import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;

/** The model's solid and stale lines as JFreeChart series and the renderer that draws them. */
final class ChartLines {

    private ChartLines() {
    }

    /** A polyline of the model; a null point breaks it (NaN here, which JFreeChart does not join). */
    static XYSeries polyline(String key, List<ChartModel.LinePoint> points) {
        XYSeries series = new XYSeries(key, false, true);
        long lastX = 0;
        for (ChartModel.LinePoint p : points) {
            if (p == null) {
                series.add(lastX, (Number) null);
            } else {
                lastX = ChartRenderer.millis(p.date());
                // The symbol axis counts its labels from 0: stance -2 is drawn at 0.
                series.add(lastX, p.y() + 2);
            }
        }
        return series;
    }

    /**
     * Draws the model's polylines segment by segment, each actor's solid and stale line in its own SVG group
     * ({@code <g id="…series-moscow">}, {@code <g id="…stale-moscow">}).
     */
    static final class SeriesRenderer extends XYLineAndShapeRenderer {

        private final List<String> actors;

        SeriesRenderer(List<String> actors) {
            super(true, false);
            this.actors = actors;
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                             int item, CrosshairState crosshairState, int pass) {
            boolean grouped = g2 instanceof SVGGraphics2D && pass == 0;
            String actor = actors.get(series / 2);
            if (grouped && item == 0) {
                g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP,
                        Map.of("id", "sl-" + (series % 2 == 0 ? "series-" : "stale-") + actor, "ref", actor));
            }
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                    crosshairState, pass);
            if (grouped && item == dataset.getItemCount(series) - 1) {
                g2.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
            }
        }
    }
}
