package org.stanceline.chart;

import org.stanceline.kernel.Invalid;
import org.stanceline.timeline.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stanceline.web.QueryParams;
import org.stanceline.web.StancelineConfig;

import java.nio.charset.StandardCharsets;

/**
 * Static charts: the state is read from the database and drawn. Whole responses are kept by the HTTP cache
 * (org.stanceline.cache), keyed by the request and the data version, so a chart is drawn once per change.
 */
@ApplicationScoped
public class ChartService {

    public enum Format {
        SVG("image/svg+xml"), PNG("image/png");

        public final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    @Inject
    ChartStateService states;

    @Inject
    ChartRenderer renderer;

    @Inject
    StancelineConfig config;

    /** The chart's bytes in the format. */
    public byte[] render(TimelineQuery request, ChartRenderer.Options options, Format format) {
        ChartModel state = states.build(request);
        // At most a few drawings at a time: many large renders together would exhaust memory.
        RENDERS.acquireUninterruptibly();
        try {
            return format == Format.SVG
                    ? renderer.svg(state, options).getBytes(StandardCharsets.UTF_8)
                    : renderer.png(state, options);
        } finally {
            RENDERS.release();
        }
    }

    private static final java.util.concurrent.Semaphore RENDERS = new java.util.concurrent.Semaphore(
            Math.max(2, Runtime.getRuntime().availableProcessors()));

    /** Parses width, height, theme and scale against the configured limits; 400 names the parameter. */
    public ChartRenderer.Options options(String width, String height, String theme, String scale) {
        StancelineConfig.Charts limits = config.charts();
        Integer w = QueryParams.integer("width", width, limits.minWidth(), limits.maxWidth());
        Integer h = QueryParams.integer("height", height, limits.minHeight(), limits.maxHeight());
        Integer s = QueryParams.integer("scale", scale, 1, limits.maxScale());
        ChartRenderer.Theme t;
        try {
            t = ChartRenderer.Theme.parse(theme);
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage());
        }
        ChartRenderer.Options options = new ChartRenderer.Options(w == null ? limits.defaultWidth() : w,
                h == null ? limits.defaultHeight() : h, t, s == null ? 1 : s);
        long pixels = (long) options.width() * options.height() * options.scale() * options.scale();
        if (pixels > limits.maxPixels()) {
            throw new Invalid("Parameters 'width', 'height' and 'scale' ask for " + pixels
                    + " pixels; the limit is " + limits.maxPixels() + ": choose a smaller size or scale");
        }
        return options;
    }
}
