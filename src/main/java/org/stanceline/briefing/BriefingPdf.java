package org.stanceline.briefing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stanceline.chart.ChartFonts;
import org.stanceline.chart.ChartRenderer;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The briefing as PDF: the HTML template through openhtmltopdf with the bundled DejaVu Sans embedded, and the
 * chart drawn by JFreeChart straight onto the page's Graphics2D, so it stays vector.
 */
@ApplicationScoped
public class BriefingPdf {

    static final String CHART_OBJECT = "application/x-stanceline-chart";

    static {
        // openhtmltopdf logs each document's timings at INFO through its own console handler.
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(name -> com.openhtmltopdf.util.XRLog.setLevel(name, java.util.logging.Level.WARNING));
    }

    private static final byte[] REGULAR = read(ChartFonts.REGULAR);
    private static final byte[] BOLD = read(ChartFonts.BOLD);

    @Inject
    BriefingHtml html;

    @Inject
    ChartRenderer charts;

    public byte[] pdf(Briefing briefing) {
        return pdf(briefing, "");
    }

    /** With {@code matrixPage} (a {@link BriefingMatrixPage} section, or "" for none) as the first page. */
    public byte[] pdf(Briefing briefing, String matrixPage) {
        DefaultObjectDrawerFactory objects = new DefaultObjectDrawerFactory();
        objects.registerDrawer(CHART_OBJECT, (element, x, y, width, height, device, context, dotsPerPixel) -> {
            float w = (float) (width / dotsPerPixel);
            float h = (float) (height / dotsPerPixel);
            device.drawWithGraphics((float) x, (float) y, w, h, g2 -> {
                ChartRenderer.Options o = BriefingHtml.CHART;
                double scale = Math.min(w / o.width(), h / o.height());
                g2.scale(scale, scale);
                charts.draw(briefing.chart(), o, g2, new Rectangle2D.Double(0, 0, o.width(), o.height()));
            });
            return null;
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            // No useFastMode(): it is deprecated because the fast renderer has been the only one since 1.0.
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), ChartFonts.FAMILY, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), ChartFonts.FAMILY, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useObjectDrawerFactory(objects);
            builder.withHtmlContent(html.htmlForPdf(briefing, matrixPage), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] read(String resource) {
        try (InputStream in = ChartFonts.open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
