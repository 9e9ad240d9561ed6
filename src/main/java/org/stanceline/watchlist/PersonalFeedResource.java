package org.stanceline.watchlist;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.feed.AtomResponses;
import org.stanceline.feed.FeedService;
import org.stanceline.web.QueryParams;

import java.util.List;
import java.util.Set;

/**
 * An account's personal feed. No session: feed readers cannot sign in, so the unguessable token in the address is
 * the credential; private caching only, since the address is a secret.
 */
@Path("/feeds/watch")
@Tag(name = "Feeds")
public class PersonalFeedResource {

    static final String PRIVATE = "private, max-age=0, must-revalidate";

    @Inject
    WatchListService watches;

    @Inject
    FeedService feeds;

    @Inject
    AtomResponses atom;

    @GET
    @Path("{token}.atom")
    @Produces(AtomResponses.ATOM)
    @Operation(summary = "Your personal Atom feed: confirmed shifts and statements of the questions and capitals you "
            + "watch (the address comes from GET /api/me/watches)")
    public Response feed(@PathParam("token") String token, @QueryParam("kinds") List<String> kinds) {
        Set<String> kindSet = FeedService.kinds(QueryParams.list(kinds));
        WatchListService.PersonalFeed watched = watches.feedOf(token);
        String self = atom.selfUrl();
        return atom.respond("watch#" + watched.fingerprint(), PRIVATE, () -> feeds.watchFeed(
                "urn:stanceline:watch:" + watched.accountId() + ":" + String.join(",", kindSet),
                "Stanceline: watched by " + watched.owner(), watched.topics(), watched.actors(), kindSet, self));
    }
}
