package org.stanceline.embed;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /embed/timeline?…} is the stable address users paste into reports; the page itself is the
 * frontend build's {@code embed.html}, which reads the same query as the dashboard's permalink.
 */
@ApplicationScoped
public class EmbedRoutes {

    void install(@Observes Router router) {
        router.get("/embed/timeline").order(-500).handler(rc -> {
            String query = rc.request().query();
            rc.reroute("/embed.html" + (query == null || query.isEmpty() ? "" : "?" + query));
        });
    }
}
