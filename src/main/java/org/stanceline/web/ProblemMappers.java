package org.stanceline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import jakarta.validation.ConstraintViolationException;
import org.stanceline.kernel.DomainException;
import org.stanceline.overload.Overload;
import org.stanceline.overload.OverloadConfig;

import java.util.LinkedHashMap;
import java.util.Map;

/** The one place where every error becomes {@code application/problem+json}. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String BASIC_CHALLENGE = "Basic realm=\"stanceline\", charset=\"UTF-8\"";

    @jakarta.inject.Inject
    OverloadConfig overload;

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Problem body = DomainProblems.problem(e, uri == null ? null : uri.getPath());
        return Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    // Above Quarkus's own mapper, which answers violations of @Valid parameters in a shape of its own.
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        Problem body = Violations.problem(e, uri == null ? null : uri.getPath());
        return Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    // Listed one by one with a higher priority: Quarkus ships mappers for some of these Jackson types.
    @ServerExceptionMapper(value = {UnrecognizedPropertyException.class, InvalidFormatException.class,
            MismatchedInputException.class, JsonProcessingException.class}, priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(400, "Unreadable request body", JsonProblems.detail(e), uri, null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers,
            org.jboss.resteasy.reactive.server.SimpleResourceInfo resource) {
        Response r = respond(401, "Unauthorized", "This operation needs a signed-in account (session or HTTP Basic) with role "
                + RequiredRoles.of(resource), uri, null);
        // A page's fetch() must not raise the browser's own password dialog: the dashboard has its sign-in form.
        String mode = headers.getHeaderString("Sec-Fetch-Mode");
        if (mode != null && !mode.equals("navigate")) {
            return r;
        }
        return Response.fromResponse(r).header("WWW-Authenticate", BASIC_CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, org.jboss.resteasy.reactive.server.SimpleResourceInfo resource) {
        return respond(403, "Forbidden", "Your role does not allow this operation; it needs role " + RequiredRoles.of(resource),
                uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers, Request request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = WebProblems.detail(e, uri.getPath(), headers, request.getMethod());
        Response r = respond(status, title, detail, uri, null);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? r : Response.fromResponse(r).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response bulkheadFull(BulkheadException e, UriInfo uri) {
        return overloaded(Overload.Kind.BULKHEAD, e, uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        // Pool exhaustion arrives wrapped by Hibernate, Agroal or our own code: classified by cause chain.
        Overload.Kind kind = Overload.of(e);
        if (kind != null) {
            return overloaded(kind, e, uri);
        }
        String broken = BrokenBodies.detail(e);
        if (broken != null) {
            LOG.debugf("400 for %s: %s", uri == null ? "?" : uri.getPath(), broken);
            return respond(400, "Unreadable request body", broken, uri, null);
        }
        if (ClientHangups.isHangup(e)) {
            // Nobody is left to read an answer; 499 is what access logs call it (nginx's "client closed").
            LOG.debugf("Client closed the connection during %s: %s", uri == null ? "?" : uri.getPath(), e);
            return Response.status(499).build();
        }
        LOG.error("Unexpected error", e);
        return respond(500, "Internal server error",
                "The server failed to answer this request; the error has been logged", uri, null);
    }

    /** Busy, not broken: 503 with Retry-After, logged without a stack trace. */
    Response overloaded(Overload.Kind kind, Throwable e, UriInfo uri) {
        String detail = switch (kind) {
            case BULKHEAD -> "Too many heavy requests (timeline, shifts, search, charts, briefings, exports) are "
                    + "running at once";
            case CONNECTION_POOL -> "No database connection came free in time";
            case QUEUE -> "The server's work queue is full";
        };
        int retryAfter = overload.retryAfterSeconds();
        if (kind == Overload.Kind.BULKHEAD) {
            LOG.debugf("503 for %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
        } else {
            LOG.warnf("503 for %s: %s (%s)", uri == null ? "?" : uri.getPath(), detail, e);
        }
        Response r = respond(503, "Service unavailable", detail + "; retry in " + retryAfter + " s", uri, null);
        return Response.fromResponse(r).header("Retry-After", String.valueOf(retryAfter)).build();
    }

    private static Response respond(int status, String title, String detail, UriInfo uri, Map<String, Object> ext) {
        Problem body = new Problem("about:blank", title, status, detail,
                uri == null ? null : uri.getPath(), ext == null ? null : new LinkedHashMap<>(ext));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

}
