package org.stanceline.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.stanceline.cache.CachedBody;
import org.stanceline.cache.ConditionalResponses;
import org.stanceline.web.StancelineConfig;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers a feed request: the body through {@link ConditionalResponses} (ETag from the data version), with
 * Last-Modified from the newest entry and If-Modified-Since honoured, for the topic feeds and the personal ones.
 */
@ApplicationScoped
public class AtomResponses {

    public static final String ATOM = "application/atom+xml";

    @Inject
    ConditionalResponses responses;

    @Inject
    StancelineConfig config;

    @Inject
    UriInfo uri;

    @Inject
    HttpHeaders headers;

    /** This request's own address on the public URL, for the feed's self link. */
    public String selfUrl() {
        return config.publicUrl() + uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
    }

    /**
     * {@code variant} tells apart feeds at one address whose content depends on more than the data (a watch list),
     * so that each gets its own tag. {@code cacheControl} replaces the shared-cache default when not null.
     */
    public Response respond(String variant, String cacheControl, Supplier<FeedService.AtomFeed> feed) {
        Response response = responses.respond(ATOM + "#" + variant, () -> {
            FeedService.AtomFeed f = feed.get();
            return new CachedBody(f.xml().getBytes(StandardCharsets.UTF_8), ATOM + ";charset=UTF-8",
                    Map.of(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(f.updated().atZone(ZoneOffset.UTC))));
        });
        String caching = cacheControl != null ? cacheControl : response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        if (notModifiedSince(response)) {
            return Response.notModified().header(HttpHeaders.ETAG, response.getHeaderString(HttpHeaders.ETAG))
                    .header(HttpHeaders.CACHE_CONTROL, caching)
                    .header(HttpHeaders.LAST_MODIFIED, response.getHeaderString(HttpHeaders.LAST_MODIFIED)).build();
        }
        return cacheControl == null ? response
                : Response.fromResponse(response).header(HttpHeaders.CACHE_CONTROL, null)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }

    /**
     * If-Modified-Since counts only without If-None-Match (RFC 9110, 13.1.3), which {@link ConditionalResponses}
     * has already answered.
     */
    private boolean notModifiedSince(Response response) {
        String since = headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        String lastModified = response.getHeaderString(HttpHeaders.LAST_MODIFIED);
        if (response.getStatus() != 200 || since == null || lastModified == null
                || headers.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null) {
            return false;
        }
        try {
            return !ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .isAfter(ZonedDateTime.parse(since.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }
}
