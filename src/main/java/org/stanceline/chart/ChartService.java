package org.stanceline.chart;

import org.stanceline.timeline.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stanceline.web.ProblemException;
import org.stanceline.web.QueryParams;
import org.stanceline.web.StancelineConfig;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Static charts: the state is read from the database on every request (cheap: one row per actor and bucket)
 * and gives the ETag; the drawing, which costs more, is kept in a small in-memory cache keyed by that ETag.
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

    /** A chart ready to send: its ETag, and a way to get its bytes (drawn only when the client needs them). */
    public record Chart(String etag, Format format, Supplier<byte[]> bytes) {
    }

    @Inject
    ChartStateService states;

    @Inject
    ChartRenderer renderer;

    @Inject
    StancelineConfig config;

    private Map<String, byte[]> rendered;

    public Chart chart(TimelineQuery request, ChartRenderer.Options options, Format format) {
        ChartState state = states.build(request);
        String etag = state.fingerprint(options.fingerprint()) + "-" + format.name().toLowerCase();
        return new Chart(etag, format, () -> {
            byte[] cached = cache().get(etag);
            if (cached != null) {
                return cached;
            }
            // Drawn outside the cache's lock, and at most a few at a time: a slow render must not hold up
            // requests the cache can answer, nor many large renders exhaust memory together.
            RENDERS.acquireUninterruptibly();
            try {
                byte[] bytes = format == Format.SVG
                        ? renderer.svg(state, options).getBytes(StandardCharsets.UTF_8)
                        : renderer.png(state, options);
                cache().putIfAbsent(etag, bytes);
                return bytes;
            } finally {
                RENDERS.release();
            }
        });
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
            throw ProblemException.badRequest(e.getMessage());
        }
        ChartRenderer.Options options = new ChartRenderer.Options(w == null ? limits.defaultWidth() : w,
                h == null ? limits.defaultHeight() : h, t, s == null ? 1 : s);
        long pixels = (long) options.width() * options.height() * options.scale() * options.scale();
        if (pixels > limits.maxPixels()) {
            throw ProblemException.badRequest("Parameters 'width', 'height' and 'scale' ask for " + pixels
                    + " pixels; the limit is " + limits.maxPixels() + ": choose a smaller size or scale");
        }
        return options;
    }

    private synchronized Map<String, byte[]> cache() {
        if (rendered == null) {
            int size = config.charts().renderCacheSize();
            rendered = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > size;
                }
            });
        }
        return rendered;
    }
}
