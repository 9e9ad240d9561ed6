package org.stanceline.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.stanceline.account.AccountViews.Me;
import org.stanceline.web.Problem;

/**
 * Who is signed in, and sign-out. Signing in is Quarkus's form authentication: {@code POST /j_security_check}
 * with {@code j_username} and {@code j_password}, answered 200 with the session cookie, or 401.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    SecurityIdentity identity;

    @Inject
    AccountService accounts;

    @Inject
    SessionCookie cookie;

    /** 401 without a Basic challenge: the dashboard asks this on every load and must not raise the browser's password dialog. */
    @GET
    @Path("/me")
    public Uni<Response> me(@Context HttpHeaders headers) {
        return identities.getDeferredIdentity()
                .onFailure(f -> VertxProblems.throttled(f) == null).recoverWithNull()
                .map(id -> {
                    if (id == null || id.isAnonymous()) {
                        Response.ResponseBuilder r = Response.status(401).type(Problem.MEDIA_TYPE)
                                .entity(new Problem("about:blank", "Unauthorized", 401, "Not signed in", "/api/me", null));
                        if (headers.getCookies().containsKey(cookie.name())) {
                            r.header(HttpHeaders.SET_COOKIE, expiredCookie()); // a session that ended: drop it
                        }
                        return r.build();
                    }
                    return Response.ok(new Me(id.getPrincipal().getName(), id.getAttribute(Identities.DISPLAY_NAME),
                            id.getAttribute(Identities.ROLE))).build();
                });
    }

    /**
     * Ends the session: the cookie is cleared, and every session cookie of this account issued so far is
     * refused from now on, also copies of it and on other instances (the account's sessions-valid-after moves).
     */
    @DELETE
    @Path("/session")
    @Authenticated
    public Response signOut() {
        accounts.endSessions(identity.getPrincipal().getName());
        return Response.noContent().header(HttpHeaders.SET_COOKIE, expiredCookie()).build();
    }

    private String expiredCookie() {
        return cookie.name() + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict";
    }
}
