package org.stanceline.reference;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ReferenceResource {

    @Inject
    ReferenceService references;

    @GET
    @Path("topics")
    @Operation(summary = "Policy questions, with the words of their stance scale")
    public List<ReferenceViews.TopicView> topics() {
        return references.topics();
    }

    @GET
    @Path("actors")
    @Operation(summary = "Governments, keyed by capital, in display order with their chart colours")
    public List<ReferenceViews.ActorView> actors() {
        return references.actors();
    }

    @GET
    @Path("speakers")
    @Operation(summary = "People and institutional voices, with aliases and role phrases")
    public List<ReferenceViews.SpeakerView> speakers(@QueryParam("actor") String actor) {
        return references.speakers(actor);
    }
}
