package org.stanceline.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Basic credentials checked recently, so a script does not pay one BCrypt check per request. Kept as an
 * HMAC under a key that lives only in this process, tied to the hash it was checked against: a password
 * reset (new hash, on any instance) makes the entry useless at once.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private final Cache<String, String> byCredential;
    private final byte[] key = new byte[32];

    @Inject
    public VerifiedCredentials(AuthConfig config) {
        new SecureRandom().nextBytes(key);
        byCredential = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(config.verifiedCredentialTtl()).build();
    }

    boolean isKnown(String username, String password, String hash) {
        String known = byCredential.getIfPresent(entry(username, password));
        return known != null && MessageDigest.isEqual(known.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8));
    }

    void remember(String username, String password, String hash) {
        byCredential.put(entry(username, password), hash);
    }

    private String entry(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
