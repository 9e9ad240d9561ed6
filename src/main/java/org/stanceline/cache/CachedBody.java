package org.stanceline.cache;

import java.util.Map;

/**
 * A response body as sent: its bytes, content type and the headers that belong to the representation
 * (Content-Disposition, for instance). Kept so that a hit costs no serialization.
 */
public record CachedBody(byte[] bytes, String contentType, Map<String, String> headers) {

    public CachedBody {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static CachedBody of(byte[] bytes, String contentType) {
        return new CachedBody(bytes, contentType, Map.of());
    }
}
