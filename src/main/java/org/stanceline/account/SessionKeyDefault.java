package org.stanceline.account;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * The session cookie encryption key when none is configured: STANCELINE_SESSION_KEY, else 32 random bytes
 * made at start (sessions then end on restart, and instances behind one balancer refuse each other's
 * cookies: set the same key on all). Lowest ordinal, so quarkus.http.auth.session.encryption-key in any
 * other source wins. Unlike Quarkus's own fallback, the generated key is never written to the log.
 */
public class SessionKeyDefault implements ConfigSource {

    static final String KEY = "quarkus.http.auth.session.encryption-key";

    private volatile String value;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, key());
    }

    @Override
    public String getValue(String propertyName) {
        return KEY.equals(propertyName) ? key() : null;
    }

    private String key() {
        String v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) {
                    String configured = System.getenv("STANCELINE_SESSION_KEY");
                    if (configured == null || configured.isBlank()) {
                        byte[] random = new byte[32];
                        new SecureRandom().nextBytes(random);
                        configured = Base64.getEncoder().encodeToString(random);
                    }
                    value = configured;
                }
                v = value;
            }
        }
        return v;
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "stanceline-session-key-default";
    }
}
