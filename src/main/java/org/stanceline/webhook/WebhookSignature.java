package org.stanceline.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com, spec v1): the signed content is
 * {@code webhook-id + "." + webhook-timestamp + "." + body}, signed HMAC-SHA256 with the secret's key and sent as
 * {@code webhook-signature: v1,<base64>}. The secret is {@code whsec_} followed by base64 of 24 to 64 random bytes
 * (the prefix may be left out); the key is those bytes, as the reference verification libraries expect.
 */
public final class WebhookSignature {

    static final String PREFIX = "whsec_";
    static final int MIN_KEY_BYTES = 24;
    static final int MAX_KEY_BYTES = 64;

    private WebhookSignature() {
    }

    /** The HMAC key of a secret, or null when it is not base64 of 24 to 64 bytes. */
    public static byte[] key(String secret) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            byte[] key = Base64.getDecoder().decode(encoded);
            return key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES ? null : key;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** The header value {@code v1,<base64 signature>}. */
    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        byte[] key = key(secret);
        if (key == null) {
            throw new IllegalStateException("Webhook secret is not a whsec_ base64 secret");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal((messageId + "." + timestampSeconds + "." + body)
                    .getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
