package org.stanceline.account;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalLong;

/**
 * Reads when Quarkus's form sign-in cookie was issued. Quarkus keeps "expiry:user" in the cookie, AES-GCM
 * encrypted under SHA-256 of the session encryption key, and hands identity providers only the user; the
 * issue time (expiry minus the idle timeout) is what lets sign-out refuse cookies issued before it.
 */
@ApplicationScoped
public class SessionCookie {

    private final String cookieName;
    private final long timeoutMillis;
    private final SecretKeySpec key;

    public SessionCookie(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
                         @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration timeout,
                         @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String encryptionKey) {
        this.cookieName = cookieName;
        this.timeoutMillis = timeout.toMillis();
        try {
            this.key = new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                    .digest(encryptionKey.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return cookieName;
    }

    OptionalLong issuedAtMillis(RoutingContext rc) {
        Cookie cookie = rc == null ? null : rc.request().getCookie(cookieName);
        if (cookie == null) {
            return OptionalLong.empty();
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(cookie.getValue()));
            byte[] iv = new byte[buffer.get()];
            buffer.get(iv);
            byte[] encrypted = new byte[buffer.remaining()];
            buffer.get(encrypted);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
            String plain = new String(cipher.doFinal(encrypted), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            return colon < 0 ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(plain.substring(0, colon)) - timeoutMillis);
        } catch (Exception e) {
            return OptionalLong.empty(); // Quarkus refuses the same cookie
        }
    }
}
