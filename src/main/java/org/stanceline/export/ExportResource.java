package org.stanceline.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.overload.HeavyWork;
import org.stanceline.statement.StatementFilters;
import org.stanceline.statement.StatementQuery;
import org.stanceline.statement.StatementView;

import java.time.LocalDate;
import java.util.List;

@Path("/api")
@Tag(name = "Export and backup")
public class ExportResource {

    /** {@code GET /api/export/statements.json}: every matching statement, shaped as in the list API. */
    public record StatementExport(long total, List<StatementView> items) {
    }

    @Inject
    StatementExportService exports;

    @Inject
    DatasetService datasets;

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
    @Operation(summary = "Full backup: topics, actors, speakers, sources with text, statements, events")
    public Response dataset() {
        return Response.ok(heavy.call(datasets::export), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", attachment("stanceline-dataset", "json")).build();
    }

    @POST
    @Path("import/dataset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Restore a backup into an empty database (409 if it is not empty), all or nothing")
    public Dataset.Counts restore(Dataset dataset) {
        return datasets.restore(dataset);
    }

    private static String attachment(String name, String extension) {
        return "attachment; filename=\"" + name + "-" + LocalDate.now() + "." + extension + "\"";
    }
}
