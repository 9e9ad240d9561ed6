package org.stanceline.account;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.stanceline.web.Problem;

/**
 * A throttled sign-in answers 429 problem+json with Retry-After, wherever the password was checked: in the
 * REST layer (HTTP Basic, checked lazily) or in the HTTP layer (the sign-in form, whose failures reach the
 * router's failure handlers).
 */
@ApplicationScoped
public class ThrottleAnswers {

    void install(@Observes Router router) {
        router.route().order(SameOriginWrites.ORDER).failureHandler(rc -> {
            LoginThrottledException throttled = VertxProblems.throttled(rc.failure());
            if (throttled != null && !rc.response().ended()) {
                VertxProblems.tooManyAttempts(rc, throttled);
            } else {
                rc.next();
            }
        });
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 200)
    public Response throttled(LoginThrottledException e, UriInfo uri) {
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                .entity(new Problem("about:blank", "Too many requests", 429, e.getMessage(), uri.getPath(), null)).build();
    }
}
