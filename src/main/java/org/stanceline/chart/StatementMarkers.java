package org.stanceline.chart;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * The model's statement markers on the static chart: intensity by shape and size together (as on the dashboard),
 * so it survives greyscale printing. One series per actor, in the actor's colour.
 */
final class StatementMarkers extends XYLineAndShapeRenderer {

    private final List<ChartModel.ActorSeries> lines;
    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final float k;

    StatementMarkers(List<ChartModel.ActorSeries> lines, float k) {
        super(false, true);
        this.lines = lines;
        this.k = k;
        setUseOutlinePaint(true);
        setDefaultOutlinePaint(Color.WHITE);
        for (int i = 0; i < lines.size(); i++) {
            ChartModel.ActorSeries line = lines.get(i);
            XYSeries series = new XYSeries(line.actor() + "-statements", false, true);
            for (ChartModel.StatementMarker m : line.markers()) {
                series.add(ChartRenderer.millis(m.date()), m.y() + 2);
            }
            dataset.addSeries(series);
            setSeriesPaint(i, Color.decode(line.colour()));
            setSeriesOutlinePaint(i, Color.WHITE);
        }
    }

    XYSeriesCollection dataset() {
        return dataset;
    }

    @Override
    public boolean getItemShapeFilled(int series, int item) {
        return !"emptyCircle".equals(lines.get(series).markers().get(item).symbol());
    }

    @Override
    public Shape getItemShape(int series, int item) {
        ChartModel.StatementMarker m = lines.get(series).markers().get(item);
        // The dashboard's sizes are pixels of a chart about 1200 wide; these charts are 960 at k = 1.
        double size = m.size() * 0.7 * k;
        double r = size / 2;
        return switch (m.symbol()) {
            case "diamond" -> polygon(new double[] {0, r, 0, -r}, new double[] {-r, 0, r, 0});
            case "triangle" -> polygon(new double[] {0, r, -r}, new double[] {-r, r * 0.8, r * 0.8});
            default -> new Ellipse2D.Double(-r, -r, size, size);
        };
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }
}
