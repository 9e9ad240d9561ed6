package org.stanceline.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.overload.HeavyWork;
import org.stanceline.statement.StatementFilters;
import org.stanceline.statement.StatementQuery;
import org.stanceline.statement.StatementView;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

@Path("/api")
@Tag(name = "Export and backup")
public class ExportResource {

    /** {@code GET /api/export/statements.json}: every matching statement, shaped as in the list API. */
    public record StatementExport(long total, List<StatementView> items) {
    }

    @Inject
    StatementExportService exports;

    @Inject
    DatasetExport backup;

    @Inject
    DatasetRestore restore;

    private static final String GZIP = "application/gzip";

    @Inject
    HeavyWork heavy;

    @GET
    @Path("export/statements.csv")
    @Produces("text/csv")
    @Operation(summary = "Statements matching the list filters as CSV (RFC 4180, UTF-8 with BOM, formula-safe)")
    public Response csv(@BeanParam StatementFilters filters) {
        StatementQuery query = filters.query(0, 1);
        return Response.ok(heavy.call(() -> exports.csv(exports.rows(query))), "text/csv; charset=UTF-8")
                .header("Content-Disposition", attachment("statements", "csv")).build();
    }

    @GET
    @Path("export/statements.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Statements matching the list filters as JSON, all pages at once")
    public Response json(@BeanParam StatementFilters filters) {
        StatementQuery query = filters.query(0, 1);
        List<StatementView> rows = heavy.call(() -> exports.rows(query));
        return Response.ok(new StatementExport(rows.size(), rows), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", attachment("statements", "json")).build();
    }

    @GET
    @Path("export/dataset.json")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Full backup, streamed: topics, actors, speakers, sources with text, statements, events")
    public Response dataset() {
        StreamingOutput body = backup::write;
        return Response.ok(body, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", attachment("stanceline-dataset", "json")).build();
    }

    @GET
    @Path("export/dataset.json.gz")
    @Produces(GZIP)
    @RolesAllowed("admin")
    @Operation(summary = "Full backup, streamed and gzip-compressed")
    public Response datasetGzip() {
        StreamingOutput body = out -> {
            GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024);
            backup.write(gzip);
            gzip.finish();
        };
        return Response.ok(body, GZIP)
                .header("Content-Disposition", attachment("stanceline-dataset", "json.gz")).build();
    }

    @POST
    @Path("import/dataset")
    @Consumes({MediaType.APPLICATION_JSON, GZIP, "application/x-gzip"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Restore a backup (JSON, or gzip with Content-Encoding: gzip or Content-Type: "
            + "application/gzip) into an empty database (409 if it is not empty), streamed, all or nothing")
    public Dataset.Counts restore(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                  @HeaderParam(HttpHeaders.CONTENT_ENCODING) String contentEncoding,
                                  @Context SecurityContext security) {
        return restore.restore(body, RestoreBody.claimsGzip(contentType, contentEncoding),
                security.getUserPrincipal().getName());
    }

    private static String attachment(String name, String extension) {
        return "attachment; filename=\"" + name + "-" + LocalDate.now() + "." + extension + "\"";
    }
}
