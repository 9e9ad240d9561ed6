package org.stanceline.chart;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The time axis covers the period and nothing after it; the line names sit beside the plot, not on the axis. */
class ChartAxisTest {

    @Test
    void shouldEndTheTimeAxisAtTheEndOfThePeriodsLastDay() {
        ChartModel state = ChartSnapshotTest.fixedState(); // 1 Jan – 30 Jun 2025
        for (ChartRenderer.Options options : new ChartRenderer.Options[] {
                new ChartRenderer.Options(960, 540, ChartRenderer.Theme.LIGHT, 1),
                new ChartRenderer.Options(840, 470, ChartRenderer.Theme.LIGHT, 1),
                new ChartRenderer.Options(480, 300, ChartRenderer.Theme.DARK, 2)}) {
            JFreeChart chart = new ChartRenderer().chart(state, options);
            assertEquals(ChartRenderer.millis(state.to().plusDays(1)),
                    chart.getXYPlot().getDomainAxis().getUpperBound(), "axis ends with 30 Jun 2025 at " + options);
            assertEquals(ChartRenderer.millis(state.from()), chart.getXYPlot().getDomainAxis().getLowerBound());
        }
    }

    @Test
    void shouldLabelNoTickAfterThePeriodAndStillNameEachLine() {
        String svg = new ChartRenderer().svg(ChartSnapshotTest.fixedState(),
                new ChartRenderer.Options(960, 540, ChartRenderer.Theme.LIGHT, 1));
        assertFalse(svg.contains(">Jul 2025</text>"), "no tick for July, after the period");
        assertTrue(svg.contains(">Jun 2025</text>"));
        Matcher names = Pattern.compile("<text x=\"([0-9.]+)\"[^>]*>(Moscow|London|Paris)</text>")
                .matcher(svg.replace('\'', '"'));
        int found = 0;
        while (names.find()) {
            double x = Double.parseDouble(names.group(1));
            assertTrue(x > 700 && x < 960 - 30, names.group(2) + " at x=" + x + ", right of the plot and inside the image");
            found++;
        }
        assertEquals(3, found, "each line is named at its end");
    }
}
