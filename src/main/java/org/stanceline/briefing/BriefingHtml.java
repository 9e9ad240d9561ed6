package org.stanceline.briefing;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stanceline.chart.ChartFonts;
import org.stanceline.chart.ChartRenderer;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Locale;
import java.util.Objects;

/** The briefing as one XHTML page (Qute): for browsers with the chart as inline SVG, or as the PDF's source. */
@ApplicationScoped
public class BriefingHtml {

    /** Size the chart is laid out at; the page scales it to its column. */
    static final ChartRenderer.Options CHART = new ChartRenderer.Options(840, 470, ChartRenderer.Theme.LIGHT, 1);

    @Inject
    @Location("briefing.html")
    Template template;

    @Inject
    ChartRenderer charts;

    /** Size of the table text (the template's {@code td} font size), for measuring columns. */
    static final float TABLE_FONT_PT = 9.5f;
    /** A cell's left and right padding in the template, plus a little for rounding. */
    static final float CELL_PADDING_PT = 10f;

    public String html(Briefing briefing) {
        return html(briefing, "");
    }

    /** With {@code matrixPage} (a {@link BriefingMatrixPage} section, or "" for none) as the first page. */
    public String html(Briefing briefing, String matrixPage) {
        return template.data("b", briefing).data("pdf", false).data("actorWidth", actorColumnWidth(briefing))
                .data("chartSvg", charts.svgElement(briefing.chart(), CHART)).data("matrixPage", matrixPage).render();
    }

    /** For the PDF: the chart is an {@code <object>} that {@link BriefingPdf} draws straight onto the page. */
    String htmlForPdf(Briefing briefing, String matrixPage) {
        return template.data("b", briefing).data("pdf", true).data("actorWidth", actorColumnWidth(briefing))
                .data("chartSvg", "").data("matrixPage", matrixPage).render();
    }

    /**
     * The key-statements table's actor column as wide as its longest name in the embedded DejaVu Sans: a fixed
     * percentage broke "Copenhagen" and "Washington" inside the word. At least 10% of the page, so short names
     * keep a readable column.
     */
    static String actorColumnWidth(Briefing briefing) {
        Font font = ChartFonts.regular(TABLE_FONT_PT);
        FontRenderContext context = new FontRenderContext(null, true, true);
        double widest = briefing.keyStatements().stream().map(Briefing.Citation::actor)
                .filter(Objects::nonNull)
                .mapToDouble(name -> font.getStringBounds(name, context).getWidth()).max().orElse(0);
        return String.format(Locale.ROOT, "%.1fpt", Math.max(50, Math.ceil(widest + CELL_PADDING_PT)));
    }
}
