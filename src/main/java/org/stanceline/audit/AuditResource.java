package org.stanceline.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AuditResource {

    @Inject
    AuditSearch search;

    @Inject
    AuditConfig config;

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "Every write, newest first: who, when, from which address, what; filters user, entity, "
            + "action, from, to (ISO date or instant, inclusive); pages with size and after=<next>")
    public AuditPage list(@QueryParam("user") String user, @QueryParam("entity") String entity,
                          @QueryParam("action") String action, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("after") String after,
                          @QueryParam("size") String size) {
        return search.search(AuditQuery.parse(user, entity, action, from, to, after, size, config));
    }
}
