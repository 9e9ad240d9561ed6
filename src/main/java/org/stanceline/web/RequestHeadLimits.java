package org.stanceline.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * 414 and 431 in problem+json: the HTTP layer's own limits are set above these (see application.properties), so
 * a request target or header block between the two reaches this handler, which names the limit; only requests
 * beyond the HTTP layer's limits get its bare answer.
 */
@ApplicationScoped
public class RequestHeadLimits {

    /** Before the body-size check, so that nothing of an oversized request is read. */
    static final int ORDER = RequestSizeLimit.ORDER - 10;

    @Inject
    InputConfig config;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri != null && uri.length() > config.maxUriLength()) {
            refuse(rc, 414, "URI too long", "The request target has " + uri.length() + " characters; the limit is "
                    + config.maxUriLength());
            return;
        }
        long bytes = 0;
        for (Map.Entry<String, String> h : rc.request().headers()) {
            bytes += h.getKey().length() + h.getValue().length() + 4;
        }
        if (bytes > config.maxHeaderBytes()) {
            refuse(rc, 431, "Request header fields too large", "The request headers have " + bytes
                    + " bytes; the limit is " + config.maxHeaderBytes());
            return;
        }
        rc.next();
    }

    private static void refuse(RoutingContext rc, int status, String title, String detail) {
        String path = rc.request().path();
        JsonObject body = new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail).put("instance", path == null ? "" : path.length() > 200 ? path.substring(0, 200) : path);
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body.encode());
    }
}
