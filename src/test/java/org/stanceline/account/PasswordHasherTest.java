package org.stanceline.account;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decoy an unknown user is checked against is a well-formed BCrypt hash at the configured cost (so a check
 * costs the configured rounds, read from the hash) that matches no password. Cost 4 keeps the test quick.
 */
class PasswordHasherTest {

    private static final AuthConfig COST_4 = (AuthConfig) Proxy.newProxyInstance(AuthConfig.class.getClassLoader(),
            new Class<?>[]{AuthConfig.class}, (proxy, method, args) -> {
                if (method.getName().equals("bcryptCost")) {
                    return 4;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void shouldCheckAnUnknownUserAgainstADecoyAtTheConfiguredCostThatNoPasswordMatches() {
        PasswordHasher hasher = new PasswordHasher(COST_4);
        assertTrue(hasher.decoy().matches("\\$2a\\$04\\$[./0-9A-Za-z]{53}"), hasher.decoy());
        assertEquals(hasher.hash("x").substring(0, 7), hasher.decoy().substring(0, 7), "the same rounds as a hash");
        for (String password : new String[]{"", "decoy password, never valid", "analyst", "x".repeat(72)}) {
            hasher.spendCheck(password);
            assertFalse(hasher.matches(password, hasher.decoy()), "no password matches the decoy");
        }
        String hash = hasher.hash("a real password");
        assertTrue(hasher.matches("a real password", hash));
        assertFalse(hasher.matches("another password", hash));
    }
}
