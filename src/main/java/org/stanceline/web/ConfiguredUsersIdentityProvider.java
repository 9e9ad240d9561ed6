package org.stanceline.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * HTTP Basic users from configuration: {@code admin} and {@code analyst}, each enabled only when
 * its password is set (STANCELINE_ADMIN_PASSWORD, STANCELINE_ANALYST_PASSWORD). With none set,
 * every write answers 401: never open by default.
 */
@ApplicationScoped
public class ConfiguredUsersIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    public static final String ADMIN = "admin";
    public static final String ANALYST = "analyst";

    @Inject
    StancelineConfig config;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String user = request.getUsername();
        char[] given = request.getPassword().getPassword();
        Optional<String> expected = switch (user) {
            case ADMIN -> config.adminPassword();
            case ANALYST -> config.analystPassword();
            default -> Optional.empty();
        };
        // Compare even for unknown users so timing does not reveal which names exist.
        String secret = expected.filter(p -> !p.isBlank()).orElse(null);
        boolean matches = constantTimeEquals(given, secret == null ? "\u0000unset" : secret) && secret != null;
        if (!matches) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Invalid credentials"));
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user))
                .addRole(user);
        if (ADMIN.equals(user)) {
            identity.addRole(ANALYST);
        }
        return Uni.createFrom().item(identity.build());
    }

    static boolean constantTimeEquals(char[] given, String expected) {
        byte[] a = new String(given).getBytes(StandardCharsets.UTF_8);
        byte[] b = expected.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(sha256(a), sha256(b));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
