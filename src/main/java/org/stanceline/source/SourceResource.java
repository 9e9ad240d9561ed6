package org.stanceline.source;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    @Inject
    SourceService sources;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "All sources, newest first, without their texts")
    public List<SourceViews.SourceSummary> list() {
        return sources.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A source with its normalized text and every statement's span in it")
    public SourceViews.SourceDetail get(@PathParam("id") long id) {
        return sources.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Store a source (normalized and hashed); the same text twice answers 409")
    public Response create(NewSource body, @Context UriInfo uri) {
        return created(sources.create(body, identity.getPrincipal().getName()), uri);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Store a pasted article; its first line becomes the title")
    public Response createFromText(String text, @Context UriInfo uri) {
        NewSource body = new NewSource(null, null, null, null, null, null, text);
        return created(sources.create(body, identity.getPrincipal().getName()), uri);
    }

    private static Response created(SourceViews.CreatedSource created, UriInfo uri) {
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }
}
