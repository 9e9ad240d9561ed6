package org.stanceline.briefing;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.cache.CachedBody;
import org.stanceline.cache.ConditionalResponses;
import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.NotFound;
import org.stanceline.web.QueryParams;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Path("/briefings")
@Tag(name = "Briefings")
public class BriefingResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    BriefingService briefings;

    @Inject
    BriefingHtml html;

    @Inject
    BriefingPdf pdf;

    @Inject
    BriefingMarkdown markdown;

    @Inject
    BriefingDocx docx;

    @Inject
    BriefingMatrixBuilder matrices;

    @Inject
    BriefingMatrixPage matrixPage;

    @Inject
    ConditionalResponses responses;

    @GET
    @Path("{file}")
    @Produces({"application/pdf", "text/html", "text/markdown", DOCX})
    @Operation(summary = "Briefing on a topic as {topic}.pdf, .html, .md or .docx")
    public Response briefing(@Parameter(description = "topic key and format, e.g. troops.pdf")
                             @PathParam("file") String file,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @Parameter(description = "actor keys, comma-separated; default all")
                             @QueryParam("actors") List<String> actors,
                             @Parameter(description = "true: the capitals × questions matrix at the period's end as "
                                     + "the first page") @QueryParam("includeMatrix") String includeMatrix) {
        int dot = file.lastIndexOf('.');
        String topic = dot > 0 ? file.substring(0, dot) : file;
        String format = dot > 0 ? file.substring(dot + 1) : "";
        LocalDate start = QueryParams.date("from", from);
        LocalDate end = QueryParams.date("to", to);
        QueryParams.checkRange(start, end);
        if (!List.of("pdf", "html", "md", "docx").contains(format)) {
            throw new NotFound("Briefings come as " + topic + ".pdf, .html, .md or .docx; got '"
                    + file + "'");
        }
        List<String> actorKeys = QueryParams.list(actors);
        boolean withMatrix = flag("includeMatrix", includeMatrix);
        return responses.respond(format, () -> {
            Briefing b = briefings.build(topic, actorKeys, start, end);
            BriefingMatrix matrix = withMatrix ? matrices.build(actorKeys, b.to()) : null;
            String matrixHtml = matrix == null ? "" : matrixPage.html(matrix);
            String name = "stanceline-" + b.topic() + "-" + b.from() + "-" + b.to() + "." + format;
            return switch (format) {
                case "pdf" -> file(pdf.pdf(b, matrixHtml), "application/pdf", "inline", name);
                case "html" -> file(html.html(b, matrixHtml).getBytes(StandardCharsets.UTF_8),
                        "text/html; charset=UTF-8", "inline", name);
                case "md" -> file(((matrix == null ? "" : matrixPage.markdown(matrix)) + markdown.markdown(b))
                        .getBytes(StandardCharsets.UTF_8), "text/markdown; charset=UTF-8", "inline", name);
                default -> file(docx.docx(b, matrix), DOCX, "attachment", name);
            };
        });
    }

    /** true, false or absent (false); anything else is a 400 naming the parameter. */
    static boolean flag(String name, String value) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new Invalid("Parameter '" + name + "' must be true or false; got '" + value + "'");
    }

    private static CachedBody file(byte[] body, String type, String disposition, String name) {
        return new CachedBody(body, type, Map.of("Content-Disposition", disposition + "; filename=\"" + name + "\""));
    }
}
