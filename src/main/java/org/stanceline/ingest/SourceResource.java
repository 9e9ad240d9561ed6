package org.stanceline.ingest;

import org.stanceline.kernel.Invalid;
import org.stanceline.source.NewSource;

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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.stanceline.ingest.IngestService;
import org.stanceline.web.QueryParams;
import org.stanceline.web.StancelineConfig;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    @Inject
    SourceService sources;

    @Inject
    SecurityIdentity identity;

    @Inject
    IngestService ingest;

    @Inject
    StancelineConfig config;

    @Inject
    ConfirmAll confirmAll;

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
    @Operation(summary = "Store a source and propose its statements (status proposed); the same text twice answers 409")
    public Response create(NewSource body, @Context UriInfo uri) {
        return created(ingest.ingest(body, IngestService.Format.TEXT, user()), uri);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Store a pasted article (UTF-8) and propose its statements; its first line becomes the title")
    public Response createFromText(byte[] body, @Context UriInfo uri) {
        return created(ingest.ingest(pasted(body), IngestService.Format.TEXT, user()), uri);
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Store an HTML page as text (title and date from its metadata) and propose its statements")
    public Response createFromHtml(byte[] body, @Context UriInfo uri) {
        return created(ingest.ingest(pasted(body), IngestService.Format.HTML, user()), uri);
    }

    @POST
    @Consumes("text/markdown")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Store a Markdown article as text and propose its statements")
    public Response createFromMarkdown(byte[] body, @Context UriInfo uri) {
        return created(ingest.ingest(pasted(body), IngestService.Format.MARKDOWN, user()), uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Upload one .txt, .md, .html, .pdf or .docx file (form part 'file') with optional title, outlet, url, publishedOn, precision")
    public Response upload(@RestForm("file") FileUpload file, @RestForm String title, @RestForm String outlet,
                           @RestForm String url, @RestForm String publishedOn, @RestForm String precision,
                           @Context UriInfo uri) {
        if (file == null) {
            throw new Invalid("Form part 'file' is missing: send the article as a .txt, .md, .html, .pdf or .docx file");
        }
        NewSource metadata = new NewSource(title, outlet, url, QueryParams.date("publishedOn", publishedOn), precision,
                null, "-");
        return created(ingest.ingestFile(upload(file), metadata, user()), uri);
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Upload many files (form parts 'files'); each is stored on its own and gets its own result")
    public IngestService.BulkResult bulk(@RestForm("files") List<FileUpload> files) {
        if (files != null && files.size() > config.ingest().maxBulkFiles()) {
            throw new Invalid("Too many files: " + files.size() + "; the limit is "
                    + config.ingest().maxBulkFiles() + " per request");
        }
        return ingest.ingestAll(files == null ? List.of() : files.stream().map(SourceResource::upload).toList(), user());
    }

    @POST
    @Path("{id}/propose")
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Run the ingest pipeline again on a stored source; stores only proposals not already covered")
    public SourceViews.CreatedSource propose(@PathParam("id") long id) {
        return ingest.propose(id, user());
    }

    @POST
    @Path("{id}/confirm-all")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"analyst", "admin"})
    @Operation(summary = "Confirm the source's proposed statements (all, or JSON body {\"ids\": [...]}) in one "
            + "transaction: all are confirmed, or none (409 when one was reviewed meanwhile, 422 when one is not in the source)")
    public ConfirmAll.Result confirmAll(@PathParam("id") long id, String body) {
        // Any body type, or none: "confirm every proposed statement" needs no body, so curl needs no header.
        return confirmAll.confirm(id, confirmAll.ids(body), user());
    }

    private static IngestService.Upload upload(FileUpload f) {
        try {
            return new IngestService.Upload(f.fileName(), f.contentType(), Files.readAllBytes(f.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NewSource pasted(byte[] body) {
        String text = body == null ? "" : IngestService.decodeUtf8(body, "The request body");
        return new NewSource(null, null, null, null, null, null, text);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static Response created(SourceViews.CreatedSource created, UriInfo uri) {
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }
}
