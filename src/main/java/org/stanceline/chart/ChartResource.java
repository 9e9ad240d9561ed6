package org.stanceline.chart;

import org.stanceline.timeline.TimelineQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.cache.CachedBody;
import org.stanceline.cache.ConditionalResponses;

import java.util.List;

@Path("/charts")
@Tag(name = "Charts")
public class ChartResource {

    @Inject
    ChartService charts;

    @Inject
    ConditionalResponses responses;

    @GET
    @Path("timeline.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "Timeline chart as SVG, with the dashboard's permalink parameters")
    public Response svg(@QueryParam("topic") String topic,
                        @Parameter(description = "actor keys, comma-separated; default all")
                        @QueryParam("actors") List<String> actors,
                        @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("bucket") String bucket,
                        @QueryParam("width") String width, @QueryParam("height") String height,
                        @Parameter(description = "light (default) or dark") @QueryParam("theme") String theme,
                        @QueryParam("scale") String scale) {
        return respond(ChartService.Format.SVG, topic, actors, from, to, bucket, width, height, theme, scale);
    }

    @GET
    @Path("timeline.png")
    @Produces("image/png")
    @Operation(summary = "Timeline chart as PNG; scale=2 doubles the pixels for print")
    public Response png(@QueryParam("topic") String topic,
                        @Parameter(description = "actor keys, comma-separated; default all")
                        @QueryParam("actors") List<String> actors,
                        @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("bucket") String bucket,
                        @QueryParam("width") String width, @QueryParam("height") String height,
                        @Parameter(description = "light (default) or dark") @QueryParam("theme") String theme,
                        @Parameter(description = "pixel ratio, 1 (default) to stanceline.charts.max-scale")
                        @QueryParam("scale") String scale) {
        return respond(ChartService.Format.PNG, topic, actors, from, to, bucket, width, height, theme, scale);
    }

    private Response respond(ChartService.Format format, String topic, List<String> actors, String from, String to,
                             String bucket, String width, String height, String theme, String scale) {
        ChartRenderer.Options options = charts.options(width, height, theme, scale);
        TimelineQuery query = TimelineQuery.parse(topic, actors, from, to, bucket);
        return responses.respond(format.mediaType,
                () -> CachedBody.of(charts.render(query, options, format), format.mediaType));
    }
}
