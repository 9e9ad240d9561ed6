package org.stanceline.briefing;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stanceline.chart.ChartRenderer;

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

    public String html(Briefing briefing) {
        return template.data("b", briefing).data("pdf", false)
                .data("chartSvg", charts.svgElement(briefing.chart(), CHART)).render();
    }

    /** For the PDF: the chart is an {@code <object>} that {@link BriefingPdf} draws straight onto the page. */
    String htmlForPdf(Briefing briefing) {
        return template.data("b", briefing).data("pdf", true).data("chartSvg", "").render();
    }
}
