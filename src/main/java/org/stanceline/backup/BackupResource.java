package org.stanceline.backup;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class BackupResource {

    @Inject
    BackupService backups;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "The backup schedule, directory and retention, and the backup files, newest first")
    public BackupService.Backups list() {
        return backups.list();
    }

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "Write a gzip backup now into the backup directory (409 while another is being written)")
    public Response create() {
        return Response.status(Response.Status.CREATED).entity(backups.backupNow(identity.getPrincipal().getName()))
                .build();
    }
}
