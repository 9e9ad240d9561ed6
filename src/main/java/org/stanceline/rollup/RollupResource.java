package org.stanceline.rollup;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/admin/rollups")
@Tag(name = "Administration")
public class RollupResource {

    @Inject
    RollupService rollups;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Rebuild the timeline rollups and shifts from the confirmed statements; answers the row counts")
    public RollupService.RebuildCounts rebuild() {
        return rollups.rebuild(identity.getPrincipal().getName());
    }
}
