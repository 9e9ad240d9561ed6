package org.stanceline.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refuses a body larger than {@code stanceline.max-request-bytes} from its Content-Length, before it is
 * read, with a problem+json answer. (The HTTP layer's own limit, set higher, stays as a backstop for
 * chunked bodies; it answers a bare 413.)
 */
@ApplicationScoped
public class RequestSizeLimit {

    @Inject
    StancelineConfig config;

    void install(@Observes Router router) {
        long limit = config.maxRequestBytes();
        router.route().order(-2000).handler(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
                String body = "{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,"
                        + "\"detail\":\"The request body has " + length + " bytes; the limit is " + limit + " bytes\","
                        + "\"instance\":\"" + rc.normalizedPath().replace("\"", "") + "\"}";
                rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(body);
                return;
            }
            rc.next();
        });
    }
}
