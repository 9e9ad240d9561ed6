package org.stanceline.oembed;

import org.stanceline.kernel.NotOffered;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.web.QueryParams;

@Path("/oembed")
@Tag(name = "Charts")
public class OEmbedResource {

    @Inject
    OEmbedService oembed;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "oEmbed (type rich) for a dashboard or embed address of this server; JSON only")
    public OEmbed get(@QueryParam("url") String url, @QueryParam("maxwidth") String maxWidth,
                      @QueryParam("maxheight") String maxHeight, @QueryParam("format") String format,
                      @Context UriInfo uri) {
        if (format != null && !format.isBlank() && !format.trim().equalsIgnoreCase("json")) {
            throw new NotOffered("Only format=json is supported; got format='"
                    + format + "'");
        }
        return oembed.embed(url, QueryParams.integer("maxwidth", maxWidth, 1, 100_000),
                QueryParams.integer("maxheight", maxHeight, 1, 100_000), uri.getBaseUri());
    }
}
