package org.stanceline.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.stanceline.kernel.TooLarge;

/**
 * Refuses a body larger than {@code stanceline.max-request-bytes} from its Content-Length, before it is
 * read, with a problem+json answer, and caps a chunked body at the same size. The HTTP layer's own limit
 * ({@code quarkus.http.limits.max-body-size}) is set far higher for the one route that streams large
 * bodies; a route marked with {@link #OWN_LIMIT} by an earlier handler enforces its own limit instead.
 */
@ApplicationScoped
public class RequestSizeLimit {

    public static final int ORDER = -2000;
    /** After the HTTP layer's limit handler (order -2), before the REST layer reads the body. */
    public static final int AFTER_HTTP_LAYER = -1;
    /** Routing-context key: the route checks its own body size. */
    public static final String OWN_LIMIT = "stanceline.own-body-limit";
    /** Where Quarkus leaves the limit for the streaming body reader of chunked requests. */
    private static final String HTTP_LAYER_LIMIT = "io.quarkus.max-request-size";

    @Inject
    StancelineConfig config;

    void install(@Observes Router router) {
        long limit = config.maxRequestBytes();
        router.route().order(ORDER).handler(rc -> {
            if (rc.get(OWN_LIMIT) != null) {
                rc.next();
                return;
            }
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
                refuse(rc, "The request body has " + length + " bytes; the limit is " + limit + " bytes");
                return;
            }
            rc.next();
        });
        // The HTTP layer's limit is raised for the streaming route; chunked bodies elsewhere keep this one.
        router.route().order(AFTER_HTTP_LAYER).handler(rc -> {
            if (rc.get(OWN_LIMIT) == null && rc.get(HTTP_LAYER_LIMIT) != null) {
                rc.put(HTTP_LAYER_LIMIT, limit);
            }
            rc.next();
        });
    }

    /** Answers 413 problem+json and closes the connection, so the unread body is not waited for. */
    public static void refuse(RoutingContext rc, String detail) {
        DomainProblems.answer(rc, new TooLarge(detail));
    }
}
