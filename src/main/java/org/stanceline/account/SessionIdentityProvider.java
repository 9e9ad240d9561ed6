package org.stanceline.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Restores the account of a form sign-in session cookie. Read from the table on every request, so that
 * disabling, a role change, a password reset or sign-out take effect at once, on every instance.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    AccountService accounts;

    @Inject
    SessionCookie cookie;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        long issuedAt = cookie.issuedAtMillis(HttpSecurityUtils.getRoutingContextAttribute(request)).orElse(Long.MIN_VALUE);
        String username = request.getPrincipal();
        return context.runBlocking(() -> accounts.sessionAccount(username, issuedAt)
                .map(Identities::of)
                .orElseThrow(() -> new AuthenticationFailedException("Session ended")));
    }
}
