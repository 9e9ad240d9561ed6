package org.stanceline.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.web.QueryParams;

import java.util.List;
import java.util.Set;

@Path("/feeds")
@Tag(name = "Feeds")
public class FeedResource {

    static final String ATOM = AtomResponses.ATOM;

    @Inject
    FeedService feeds;

    @Inject
    AtomResponses atom;

    @GET
    @Path("{topic}.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of a topic's confirmed shifts and statements (ETag and Last-Modified for "
            + "conditional GET)")
    public Response feed(@PathParam("topic") String topic, @QueryParam("actors") List<String> actors,
                         @QueryParam("kinds") List<String> kinds) {
        List<String> actorKeys = QueryParams.list(actors);
        Set<String> kindSet = FeedService.kinds(QueryParams.list(kinds));
        String self = atom.selfUrl();
        return atom.respond("topic", null, () -> feeds.feed(topic, actorKeys, kindSet, self));
    }
}
