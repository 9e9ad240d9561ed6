package org.stanceline.timeline;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.cache.ConditionalResponses;
import org.stanceline.web.QueryParams;

import java.time.LocalDate;
import java.util.List;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline")
public class TimelineResource {

    @Inject
    TimelineService timeline;

    @Inject
    ShiftService shifts;

    @Inject
    ConditionalResponses responses;

    @GET
    @Path("timeline")
    @Operation(summary = "Per actor and bucket: statement aggregates and the position carried across empty buckets")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TimelineViews.Timeline.class)))
    public Response timeline(@QueryParam("topic") String topic,
                                           @Parameter(description = "actor keys, comma-separated or repeated; default all")
                                           @QueryParam("actors") List<String> actors,
                                           @QueryParam("from") String from, @QueryParam("to") String to,
                                           @Parameter(description = "day, week or month (default)")
                                           @QueryParam("bucket") String bucket) {
        TimelineQuery query = TimelineQuery.parse(topic, actors, from, to, bucket);
        return responses.json(() -> timeline.timeline(query.topic(), query.actors(), query.from(), query.to(),
                query.bucket()));
    }

    @GET
    @Path("positions")
    @Operation(summary = "Each actor's position on the topic at a date (default today), with staleness")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TimelineViews.Positions.class)))
    public Response positions(@QueryParam("topic") String topic,
                                             @QueryParam("actors") List<String> actors,
                                             @QueryParam("at") String at) {
        LocalDate date = QueryParams.date("at", at);
        return responses.json(() -> timeline.positions(topic, QueryParams.list(actors),
                date == null ? LocalDate.now() : date));
    }

    @GET
    @Path("shifts")
    @Operation(summary = "Shifts, newest first, each with the statements before and after")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TimelineViews.Shifts.class)))
    public Response shifts(@QueryParam("topic") String topic,
                                       @QueryParam("actors") List<String> actors,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @Parameter(description = "at most this many shifts (1-1000, default 200)")
                                       @QueryParam("limit") String limit) {
        LocalDate start = QueryParams.date("from", from);
        LocalDate end = QueryParams.date("to", to);
        QueryParams.checkRange(start, end);
        Integer max = QueryParams.integer("limit", limit, 1, 1000);
        int most = max == null ? 200 : max;
        return responses.json(() -> shifts.shifts(topic, QueryParams.list(actors), start, end, most));
    }
}
