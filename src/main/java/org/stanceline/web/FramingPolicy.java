package org.stanceline.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Clickjacking defence: only embed pages (and the static charts they show) may be framed, by any origin;
 * every other page, analyst pages included, refuses to be framed.
 */
@ApplicationScoped
public class FramingPolicy {

    static final String EMBEDDABLE = "frame-ancestors *";
    static final String NOT_EMBEDDABLE = "frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(-1000).handler(rc -> {
            String path = rc.normalizedPath();
            boolean embeddable = isEmbeddable(path);
            rc.addHeadersEndHandler(v -> {
                var headers = rc.response().headers();
                headers.set("Content-Security-Policy", embeddable ? EMBEDDABLE : NOT_EMBEDDABLE);
                if (!embeddable) {
                    headers.set("X-Frame-Options", "DENY");
                }
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
                if (isPage(path)) {
                    // Pages must pick up a new build at once; only the hashed assets they load are immutable.
                    headers.set("Cache-Control", "no-cache");
                }
            });
            rc.next();
        });
    }

    static boolean isPage(String path) {
        return path.equals("/") || path.endsWith(".html") || path.equals("/embed/timeline");
    }

    static boolean isEmbeddable(String path) {
        return path.startsWith("/embed/") || path.equals("/embed.html") || path.startsWith("/charts/")
                || path.startsWith("/assets/") || path.startsWith("/api/") || path.equals("/oembed");
    }
}
