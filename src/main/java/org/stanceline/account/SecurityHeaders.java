package org.stanceline.account;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Security headers of every response. HTML pages get a CSP that allows scripts from this origin only (no
 * inline script, no eval); styles may be inline (briefings carry a style block, charts set style attributes).
 * Only the embed pages may be framed, by any site; everything else, JSON included, refuses framing in both
 * CSP and X-Frame-Options. Other responses get a CSP that loads nothing.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String PAGE_SOURCES = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; ";
    static final String PAGE = PAGE_SOURCES + "frame-ancestors 'none'";
    static final String EMBEDDABLE_PAGE = PAGE_SOURCES + "frame-ancestors *";
    static final String NOT_A_PAGE = "default-src 'none'; frame-ancestors 'none'";
    /** Quarkus's Swagger UI page carries an inline bootstrap script it cannot do without. */
    static final String SWAGGER_UI = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    private final String hsts;

    @Inject
    public SecurityHeaders(AuthConfig config) {
        AuthConfig.Hsts h = config.hsts();
        this.hsts = h.enabled() ? "max-age=" + h.maxAge().toSeconds() + (h.includeSubdomains() ? "; includeSubDomains" : "") : null;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(rc -> {
            String path = rc.normalizedPath();
            rc.addHeadersEndHandler(v -> apply(path, rc.response().headers()));
            rc.next();
        });
    }

    void apply(String path, MultiMap headers) {
        String type = headers.get("Content-Type");
        // A 304 has no Content-Type, and browsers merge its headers into the cached page: judge by the path then.
        boolean html = type == null ? isPage(path) || path.startsWith("/q/swagger-ui")
                : type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html");
        boolean embeddable = isEmbeddable(path);
        String csp;
        if (!html) {
            csp = NOT_A_PAGE;
        } else if (path.startsWith("/q/swagger-ui")) {
            csp = SWAGGER_UI;
        } else {
            csp = embeddable ? EMBEDDABLE_PAGE : PAGE;
        }
        headers.set("Content-Security-Policy", csp);
        if (!embeddable || !html) {
            headers.set("X-Frame-Options", "DENY");
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        if (hsts != null) {
            headers.set("Strict-Transport-Security", hsts);
        }
        if (isPage(path)) {
            // Pages must pick up a new build at once; only the hashed assets they load are immutable.
            headers.set("Cache-Control", "no-cache");
        }
    }

    static boolean isPage(String path) {
        return path.equals("/") || path.endsWith(".html") || path.equals("/embed/timeline");
    }

    static boolean isEmbeddable(String path) {
        return path.startsWith("/embed/") || path.equals("/embed.html");
    }
}
