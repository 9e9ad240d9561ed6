package org.stanceline.chart;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.cache.ConditionalResponses;
import org.stanceline.timeline.TimelineQuery;

import java.util.List;

/** The chart model as JSON: what the dashboard draws, the same model the static charts and briefings draw. */
@Path("/api/chart")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Charts")
public class ChartModelResource {

    @Inject
    ChartStateService states;

    @Inject
    ConditionalResponses responses;

    @GET
    @Operation(summary = "The timeline chart's model (lines with stale segments, markers, events, labels, summary), "
            + "with the dashboard's permalink parameters")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChartModel.class)))
    public Response chart(@QueryParam("topic") String topic,
                          @Parameter(description = "actor keys, comma-separated or repeated; default all")
                          @QueryParam("actors") List<String> actors,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @Parameter(description = "day, week or month (default)") @QueryParam("bucket") String bucket) {
        TimelineQuery query = TimelineQuery.parse(topic, actors, from, to, bucket);
        return responses.json(() -> states.build(query));
    }
}
