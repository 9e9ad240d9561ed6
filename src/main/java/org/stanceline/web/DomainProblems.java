package org.stanceline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import org.stanceline.kernel.Conflict;
import org.stanceline.kernel.DomainException;
import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.NotFound;
import org.stanceline.kernel.NotSignedIn;
import org.stanceline.kernel.NotOffered;
import org.stanceline.kernel.TooLarge;
import org.stanceline.kernel.Unavailable;
import org.stanceline.kernel.UnsupportedFormat;
import org.stanceline.kernel.Unprocessable;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;

/**
 * The status code and title of each domain exception, and its problem+json body. Used by the REST layer's
 * mapper and by the Vert.x route handlers that answer before the REST layer runs (the 413 of
 * {@link RequestSizeLimit}), so both write the same body.
 */
public final class DomainProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DomainProblems() {
    }

    public static Problem problem(DomainException e, String instance) {
        return new Problem("about:blank", title(e), status(e), e.getMessage(), instance,
                e.members().isEmpty() ? null : new LinkedHashMap<>(e.members()));
    }

    public static int status(DomainException e) {
        if (e instanceof NotFound) {
            return 404;
        }
        if (e instanceof Conflict) {
            return 409;
        }
        if (e instanceof Invalid) {
            return 400;
        }
        if (e instanceof Unprocessable) {
            return 422;
        }
        if (e instanceof TooLarge) {
            return 413;
        }
        if (e instanceof UnsupportedFormat) {
            return 415;
        }
        if (e instanceof NotOffered) {
            return 501;
        }
        if (e instanceof Unavailable) {
            return 503;
        }
        if (e instanceof NotSignedIn) {
            return 401;
        }
        throw new IllegalStateException("No status for " + e.getClass().getName(), e);
    }

    static String title(DomainException e) {
        if (e instanceof Unavailable u) {
            return u.what();
        }
        return switch (status(e)) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable content";
            case 501 -> "Not implemented";
            default -> "Error";
        };
    }

    /** Answers on a Vert.x route, closing the connection so that an unread body is not waited for. */
    public static void answer(RoutingContext rc, DomainException e) {
        String body;
        try {
            body = JSON.writeValueAsString(problem(e, rc.normalizedPath()));
        } catch (JsonProcessingException failed) {
            throw new UncheckedIOException(failed);
        }
        rc.response().setStatusCode(status(e)).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
