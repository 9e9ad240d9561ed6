package org.stanceline.watch;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.cache.ConditionalResponses;
import org.stanceline.web.QueryParams;

import java.time.LocalDate;
import java.util.List;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline")
public class WatchResource {

    @Inject
    ChangesService changes;

    @Inject
    MatrixService matrix;

    @Inject
    ConditionalResponses responses;

    @GET
    @Path("changes")
    @Operation(summary = "Confirmed statements said since a date and the shifts they made, by question and capital, "
            + "with the position before and after")
    public Response changes(@QueryParam("since") String since, @QueryParam("topic") String topic,
                            @QueryParam("actors") List<String> actors) {
        LocalDate date = QueryParams.date("since", since);
        LocalDate today = LocalDate.now();
        return responses.json(() -> changes.since(date, topic, QueryParams.list(actors), today));
    }

    @GET
    @Path("positions/matrix")
    @Operation(summary = "Every capital's position on every question at a date (default today), with staleness and "
            + "the date of the last change")
    public Response matrix(@QueryParam("at") String at) {
        LocalDate date = QueryParams.date("at", at);
        return responses.json(() -> matrix.matrix(date == null ? LocalDate.now() : date));
    }
}
