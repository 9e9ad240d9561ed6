package org.stanceline.embed;

import org.stanceline.kernel.Unavailable;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stanceline.cache.CachedBody;
import org.stanceline.cache.ConditionalResponses;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /embed/timeline?…}: the stable address users paste into reports. The page is the frontend build's
 * embed.html (same query as the dashboard's permalink), completed for readers without JavaScript.
 */
@Path("/embed/timeline")
@Tag(name = "Embeds")
public class EmbedResource {

    private static final String PAGE = "META-INF/resources/embed.html";

    @Inject
    ConditionalResponses responses;

    private volatile String template;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Chrome-less chart page for an iframe; takes topic, actors, from, to, bucket")
    public Response page(@Context UriInfo uri) {
        Map<String, String> query = new HashMap<>();
        uri.getQueryParameters().forEach((k, v) -> query.put(k, v.get(0)));
        String page = template();
        // The page's own build is part of its tag: a new dashboard build must not be answered 304.
        return responses.respond(MediaType.TEXT_HTML + ";build=" + Integer.toHexString(page.hashCode()),
                () -> CachedBody.of(EmbedPage.render(page,
                EmbedPage.chartParameters(query), uri.getRequestUri().toString()).getBytes(StandardCharsets.UTF_8),
                "text/html; charset=UTF-8"));
    }

    private String template() {
        if (template == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(PAGE)) {
                if (in == null) {
                    throw new Unavailable("Dashboard not built",
                            "This build has no dashboard (it was built with -Dquarkus.quinoa=false)");
                }
                template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }
}
