package org.stanceline.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Client errors found by the HTTP layer before the REST layer runs (a request without a Host header, a query
 * string that cannot be decoded, a body over the HTTP layer's limit) become problem+json too, instead of
 * Quarkus's own error page. Errors Vert.x answers while still parsing the request (414, 431, a broken chunk)
 * never reach a route: see docs/notes/strict.md.
 */
@ApplicationScoped
public class RouterProblems {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    void answer(RoutingContext rc) {
        int status = rc.statusCode();
        // 401, 403 and 429 belong to sign-in, which answers them with its own headers.
        if (status < 400 || status >= 500 || status == 401 || status == 403 || status == 429
                || rc.response().headWritten()) {
            rc.next();
            return;
        }
        Throwable failure = rc.failure();
        String detail = failure instanceof HttpException h && h.getPayload() != null ? h.getPayload()
                : failure != null && failure.getMessage() != null ? failure.getMessage()
                : status == 413 ? "The request body is larger than the HTTP layer's limit"
                : "The request to " + rc.normalizedPath() + " was refused";
        if (failure instanceof HttpException h && h.getCause() != null && h.getCause().getMessage() != null) {
            detail = detail + ": " + h.getCause().getMessage();
        }
        JsonObject body = new JsonObject().put("type", "about:blank")
                .put("title", io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase())
                .put("status", status).put("detail", detail).put("instance", rc.request().path() == null ? "" : rc.request().path());
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body.encode());
    }
}
