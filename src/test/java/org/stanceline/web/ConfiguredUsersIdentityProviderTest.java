package org.stanceline.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Users come from configuration only, and with no password set nobody can write. */
class ConfiguredUsersIdentityProviderTest {

    @Test
    void shouldRefuseEveryoneWhenNoPasswordIsSet() {
        ConfiguredUsersIdentityProvider provider = provider(null, null);
        assertRefused(provider, "admin", "");
        assertRefused(provider, "analyst", "");
        assertRefused(provider, "admin", "\u0000unset");
    }

    @Test
    void shouldGiveAdminBothRolesAndAnalystOne() {
        ConfiguredUsersIdentityProvider provider = provider("a-secret", "b-secret");
        SecurityIdentity admin = login(provider, "admin", "a-secret");
        assertTrue(admin.hasRole("admin") && admin.hasRole("analyst"));
        SecurityIdentity analyst = login(provider, "analyst", "b-secret");
        assertTrue(analyst.hasRole("analyst"));
        assertFalse(analyst.hasRole("admin"));
        assertRefused(provider, "analyst", "a-secret");
        assertRefused(provider, "root", "a-secret");
    }

    @Test
    void shouldTreatABlankPasswordAsUnset() {
        assertRefused(provider("  ", null), "admin", "  ");
    }

    private static SecurityIdentity login(ConfiguredUsersIdentityProvider p, String user, String password) {
        return p.authenticate(new UsernamePasswordAuthenticationRequest(user,
                new PasswordCredential(password.toCharArray())), null).await().indefinitely();
    }

    private static void assertRefused(ConfiguredUsersIdentityProvider p, String user, String password) {
        assertThrows(AuthenticationFailedException.class, () -> login(p, user, password));
    }

    private static ConfiguredUsersIdentityProvider provider(String admin, String analyst) {
        ConfiguredUsersIdentityProvider provider = new ConfiguredUsersIdentityProvider();
        provider.config = (StancelineConfig) Proxy.newProxyInstance(StancelineConfig.class.getClassLoader(),
                new Class<?>[] {StancelineConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "adminPassword" -> Optional.ofNullable(admin);
                    case "analystPassword" -> Optional.ofNullable(analyst);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return provider;
    }
}
