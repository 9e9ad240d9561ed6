package org.stanceline.watchlist;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** The signed-in account's own watch list and personal feed address; any role. */
@Path("/api/me/watches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Watching")
@Authenticated
public class WatchListResource {

    @Inject
    WatchListService watches;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "Your watched questions and capitals, your personal Atom feed address and the webhook address")
    public Response list() {
        return personal(Response.ok(watches.list(user())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Watch a question ({\"topic\": key}) or a capital ({\"actor\": key}); 201 when new, 200 with "
            + "the existing watch when already watched")
    public Response add(WatchListViews.WatchInput input) {
        WatchListService.Added added = watches.add(user(), input);
        return personal(added.created()
                ? Response.created(URI.create("/api/me/watches/" + added.watch().id())).entity(added.watch())
                : Response.ok(added.watch()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop watching (404 for an id that is not one of your watches)")
    public Response remove(@PathParam("id") long id) {
        watches.remove(user(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("token")
    @Operation(summary = "Replace your personal feed address; the old one answers 404 from now on")
    public Response rotate() {
        return personal(Response.ok(watches.rotateToken(user())));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    /** The answer holds the feed token: no shared cache may keep it. */
    private static Response personal(Response.ResponseBuilder response) {
        CacheControl none = new CacheControl();
        none.setNoStore(true);
        none.setPrivate(true);
        return response.cacheControl(none).build();
    }
}
