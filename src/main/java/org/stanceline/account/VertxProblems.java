package org.stanceline.account;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.stanceline.web.Problem;

/** problem+json answers from route handlers that run before the REST layer. */
final class VertxProblems {

    private VertxProblems() {
    }

    static void send(RoutingContext rc, int status, String title, String detail) {
        JsonObject body = new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail).put("instance", rc.normalizedPath());
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body.encode());
    }

    /** The throttle refusal anywhere in a cause chain (Quarkus may wrap what an identity provider throws). */
    static LoginThrottledException throttled(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof LoginThrottledException l) {
                return l;
            }
        }
        return null;
    }

    static void tooManyAttempts(RoutingContext rc, LoginThrottledException e) {
        rc.response().putHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        send(rc, 429, "Too many requests", e.getMessage());
    }
}
