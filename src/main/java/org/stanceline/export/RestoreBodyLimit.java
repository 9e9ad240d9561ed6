package org.stanceline.export;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.stanceline.web.RequestSizeLimit;

/**
 * The restore endpoint takes bodies far above the general request limit: it claims them from
 * {@link RequestSizeLimit}, refuses a Content-Length above {@code stanceline.restore.max-body-size} before
 * reading, and lifts the HTTP layer's per-request cap so that {@link RestoreBody} counts the bytes itself
 * (and answers problem+json rather than a bare 413).
 */
@ApplicationScoped
public class RestoreBodyLimit {

    static final String PATH = "/api/import/dataset";
    /** Where Quarkus leaves the HTTP layer's limit for the streaming body reader of chunked requests. */
    private static final String HTTP_LAYER_LIMIT = "io.quarkus.max-request-size";

    @Inject
    RestoreConfig config;

    void install(@Observes Router router) {
        long limit = config.maxBodySize().asLongValue();
        router.route(HttpMethod.POST, PATH).order(RequestSizeLimit.ORDER - 1).handler(rc -> {
            rc.put(RequestSizeLimit.OWN_LIMIT, Boolean.TRUE);
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
                RequestSizeLimit.refuse(rc, "The backup has " + length + " bytes; the limit is " + limit
                        + " bytes (stanceline.restore.max-body-size)");
                return;
            }
            rc.next();
        });
        router.route(HttpMethod.POST, PATH).order(RequestSizeLimit.AFTER_HTTP_LAYER).handler(rc -> {
            rc.remove(HTTP_LAYER_LIMIT);
            rc.next();
        });
    }
}
