package org.stanceline.storage;

import org.stanceline.kernel.Conflict;
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

import java.util.Map;

@Path("/api/storage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed("admin")
public class StorageResource {

    @Inject
    H2FileCompaction compaction;

    /** The H2 file (null on PostgreSQL or in memory), and whether the next shutdown compacts it. */
    public record Status(H2FileCompaction.FileState file, boolean compactAtShutdown) {
    }

    @GET
    @Operation(summary = "The H2 file's size, and whether the next graceful shutdown compacts it")
    public Status status() {
        return new Status(compaction.file().orElse(null), compaction.requested());
    }

    @POST
    @Path("compact-at-shutdown")
    @Operation(summary = "Compact the H2 file at the next graceful shutdown (202). 409 on PostgreSQL")
    public Response compactAtShutdown() {
        if (!compaction.appliesHere()) {
            throw new Conflict("The database is not H2: there is no file to compact", Map.of());
        }
        compaction.requestAtShutdown();
        return Response.accepted(status()).build();
    }
}
