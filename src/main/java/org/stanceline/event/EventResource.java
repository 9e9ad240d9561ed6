package org.stanceline.event;

import io.quarkus.panache.common.Parameters;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.web.QueryParams;

import java.time.LocalDate;
import java.util.List;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {

    public record EventView(Long id, String key, LocalDate date, LocalDate endDate, String label, String kind,
                            Long sourceId, String url) {
        static EventView of(Event e) {
            return new EventView(e.id, e.slug, e.startsOn, e.endsOn, e.label, e.kind,
                    e.source == null ? null : e.source.id, e.url);
        }
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Context events overlapping the period, in date order")
    public List<EventView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = QueryParams.date("from", from);
        LocalDate end = QueryParams.date("to", to);
        QueryParams.checkRange(start, end);
        // An event overlaps [from, to] when it starts before the end and ends after the start.
        return Event.<Event>list("startsOn <= :to and coalesce(endsOn, startsOn) >= :from order by startsOn, id",
                        Parameters.with("from", start == null ? LocalDate.of(1, 1, 1) : start)
                                .and("to", end == null ? LocalDate.of(9999, 12, 31) : end))
                .stream().map(EventView::of).toList();
    }
}
