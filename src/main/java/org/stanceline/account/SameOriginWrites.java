package org.stanceline.account;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.stanceline.web.StancelineConfig;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Forgery defence: a write (POST, PUT, PATCH, DELETE) that a browser sends from another site is refused
 * with 403, whatever credentials it carries. Browsers say where a request comes from in Sec-Fetch-Site and
 * Origin; clients that send neither (curl, scripts) are not browsers and pass. The request's own origin is
 * its scheme (or X-Forwarded-Proto, as nginx sends it) with its Host header, which nginx forwards.
 */
@ApplicationScoped
public class SameOriginWrites {

    /** Before authentication, so a forged request never reaches a password check or the throttle. */
    static final int ORDER = -1500;
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final Set<String> extraOrigins = new HashSet<>();

    @Inject
    public SameOriginWrites(AuthConfig auth, StancelineConfig config) {
        auth.allowedOrigins().ifPresent(list -> list.forEach(o -> extraOrigins.add(normalize(o))));
        extraOrigins.add(normalize(config.publicUrl()));
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(rc -> {
            String refusal = WRITES.contains(rc.request().method()) ? refusal(rc) : null;
            if (refusal != null) {
                VertxProblems.send(rc, 403, "Forbidden", refusal);
                return;
            }
            rc.next();
        });
    }

    /** Why this write is refused, or null when it may go on. */
    String refusal(RoutingContext rc) {
        String site = rc.request().getHeader("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            return "Writes from another site are refused (Sec-Fetch-Site: " + site + ")";
        }
        String origin = rc.request().getHeader("Origin");
        if (origin == null) {
            return null;
        }
        String given = normalize(origin);
        if (extraOrigins.contains(given) || ownOrigins(rc).contains(given)) {
            return null;
        }
        return "Writes from origin " + origin + " are refused; this server's origin is " + ownOrigins(rc).iterator().next();
    }

    private static Set<String> ownOrigins(RoutingContext rc) {
        String host = rc.request().getHeader("Host");
        Set<String> own = new java.util.LinkedHashSet<>();
        if (host == null) {
            return own;
        }
        own.add(normalize(rc.request().scheme() + "://" + host));
        String forwardedProto = rc.request().getHeader("X-Forwarded-Proto");
        if (forwardedProto != null && (forwardedProto.equals("https") || forwardedProto.equals("http"))) {
            own.add(normalize(forwardedProto + "://" + host));
        }
        return own;
    }

    /** scheme://host[:port] in lower case, without a default port; "invalid" for what is not an origin. */
    static String normalize(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (scheme.isEmpty() || host.isEmpty()) {
                return "invalid";
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + host + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }
}
