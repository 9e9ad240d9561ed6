package org.stanceline.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stanceline.overload.HeavyWork;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The one place that answers cacheable GETs: ETag from the data version and the normalised request,
 * Cache-Control with revalidation, 304 on a matching If-None-Match, and the body from {@link ResponseCache}
 * or computed through the {@link HeavyWork} bulkhead.
 *
 * <p>The version is read before the body is computed: a write committed meanwhile can only make a body
 * newer than its tag, which the next revalidation corrects; a stale body never gets a new tag.
 */
@ApplicationScoped
public class ConditionalResponses {

    @Inject
    DataVersion version;

    @Inject
    ResponseCache cache;

    @Inject
    HeavyWork heavy;

    @Inject
    HttpCacheConfig config;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
    String applicationVersion;

    /** Bump when the shape of any cached response changes without a new application version. */
    static final String FORMAT = "2";

    @Inject
    UriInfo uri;

    @Inject
    HttpHeaders headers;

    /** A JSON body: the value {@code body} returns, serialized once per version. */
    public Response json(Supplier<?> body) {
        return respond(MediaType.APPLICATION_JSON, () -> {
            try {
                return CachedBody.of(json.writeValueAsBytes(body.get()), MediaType.APPLICATION_JSON);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Could not serialize a response", e);
            }
        });
    }

    /**
     * Any body. {@code representation} names what, beyond path and query, tells this response from others
     * at the same address (its media type, say), so that each gets its own tag and cache entry.
     */
    public Response respond(String representation, Supplier<CachedBody> body) {
        long current = version.current();
        String key = requestKey(representation);
        String tag = tag(current, key);
        if (EntityTags.noneMatchHits(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            return Response.notModified().header(HttpHeaders.ETAG, tag)
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl()).build();
        }
        CachedBody b = cache.get(new ResponseCache.Key(key, current), () -> heavy.call(body));
        Response.ResponseBuilder ok = Response.ok(b.bytes(), b.contentType()).header(HttpHeaders.ETAG, tag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl());
        b.headers().forEach(ok::header);
        return ok.build();
    }

    /**
     * Base address, path, query parameters sorted by name (values in their order), the representation and
     * today's date: "today" is a default of several endpoints (positions at, staleness), so a new day is a
     * new key even when no data changed. Path, names and values are percent-encoded here, so no value can
     * forge a separator and share another request's entry.
     */
    String requestKey(String representation) {
        // The application version and FORMAT: a release, or a change of any cached body's shape (bump FORMAT),
        // must not be answered 304 from a tag made by the old code.
        Map<String, List<String>> sorted = new TreeMap<>(uri.getQueryParameters());
        StringBuilder key = new StringBuilder(FORMAT).append('/').append(applicationVersion).append('#')
                .append(uri.getBaseUri().toString()).append(encode(uri.getPath())).append('?');
        sorted.forEach((name, values) -> values.forEach(v -> key.append(encode(name)).append('=').append(encode(v))
                .append('&')));
        return key.append('#').append(representation).append('#').append(LocalDate.now()).toString();
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }

    /** Weak: bodies under one tag mean the same data but need not be byte-identical (see the class note). */
    static String tag(long version, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + version + "-" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String cacheControl() {
        return "public, max-age=" + config.maxAgeSeconds() + ", must-revalidate";
    }
}
