package org.stanceline.statement;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.stanceline.cache.ConditionalResponses;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.web.QueryParams;
import org.stanceline.web.StancelineConfig;

import java.util.List;

@Path("/api/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements")
public class StatementResource {

    @Inject
    StatementService statements;

    @Inject
    StancelineConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    ConditionalResponses responses;

    @GET
    @Operation(summary = "Statements matching the filters, one page at a time, newest first by default; "
            + "'total' counts up to a bound (see 'totalExact'), 'next' continues with 'after'")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatementPage.class)))
    public Response list(@BeanParam StatementFilters filters,
                              @QueryParam("page") String page,
                              @QueryParam("size") String size,
                              @Parameter(description = "the 'next' cursor of the previous page: keyset paging, "
                                      + "for reading past the deepest 'page'")
                              @QueryParam("after") String after) {
        StatementQuery query = filters.query(orDefault(QueryParams.integer("page", page, 0, 1_000_000), 0),
                orDefault(QueryParams.integer("size", size, 1, config.maxPageSize()), 50));
        StatementQuery paged = after == null || after.isBlank() ? query
                : query.window(query.page(), query.size(), StatementCursor.decode(after, query.sort()));
        return responses.json(() -> statements.search(paged));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One statement with its source and span")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatementView.class)))
    public Response get(@PathParam("id") long id) {
        return responses.json(() -> statements.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Add a statement coded by hand; its span must hold its quote (else 422)")
    public Response create(NewStatement body, @Context UriInfo uri) {
        StatementView created = statements.create(body, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Edit a statement's coding, span, speaker, topic or date (absent fields stay); kept as a revision")
    public StatementView update(@PathParam("id") long id, StatementEdit body) {
        return statements.update(id, body, identity.getPrincipal().getName());
    }

    @POST
    @Path("{id}/confirm")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Confirm a statement: it now counts in the timeline and shifts")
    public StatementView confirm(@PathParam("id") long id) {
        return statements.confirm(id, identity.getPrincipal().getName());
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Reject a statement: it stays stored with its history but never reaches the timeline")
    public StatementView reject(@PathParam("id") long id) {
        return statements.reject(id, identity.getPrincipal().getName());
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Every change to a statement: who, when, before and after")
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return statements.revisions(id);
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
