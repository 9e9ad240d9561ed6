package org.stanceline.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.cache.CachedBody;
import org.stanceline.cache.ConditionalResponses;
import org.stanceline.web.QueryParams;
import org.stanceline.web.StancelineConfig;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Path("/feeds")
@Tag(name = "Feeds")
public class FeedResource {

    static final String ATOM = "application/atom+xml";

    @Inject
    FeedService feeds;

    @Inject
    ConditionalResponses responses;

    @Inject
    StancelineConfig config;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{topic}.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of a topic's confirmed shifts and statements (ETag and Last-Modified for "
            + "conditional GET)")
    public Response feed(@PathParam("topic") String topic, @QueryParam("actors") List<String> actors,
                         @QueryParam("kinds") List<String> kinds) {
        List<String> actorKeys = QueryParams.list(actors);
        Set<String> kindSet = FeedService.kinds(QueryParams.list(kinds));
        String self = config.publicUrl() + uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        Response response = responses.respond(ATOM, () -> {
            FeedService.AtomFeed feed = feeds.feed(topic, actorKeys, kindSet, self);
            return new CachedBody(feed.xml().getBytes(StandardCharsets.UTF_8), ATOM + ";charset=UTF-8",
                    Map.of(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(feed.updated().atZone(ZoneOffset.UTC))));
        });
        return notModifiedSince(response) ? Response.notModified()
                .header(HttpHeaders.ETAG, response.getHeaderString(HttpHeaders.ETAG))
                .header(HttpHeaders.CACHE_CONTROL, response.getHeaderString(HttpHeaders.CACHE_CONTROL))
                .header(HttpHeaders.LAST_MODIFIED, response.getHeaderString(HttpHeaders.LAST_MODIFIED)).build()
                : response;
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
