package org.stanceline.oembed;

import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.NotFound;
import org.stanceline.timeline.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.reference.ReferenceService;
import org.stanceline.reference.Topic;
import org.stanceline.web.StancelineConfig;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Answers oEmbed requests for dashboard and embed addresses of this server with an iframe of the embed page. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class OEmbedService {

    /** Paths whose query carries the dashboard's permalink parameters. */
    static final Set<String> EMBEDDABLE_PATHS = Set.of("/", "/index.html", "/dashboard", "/embed/timeline");
    static final int THUMBNAIL_WIDTH = 480;

    @Inject
    StancelineConfig config;

    @Inject
    ReferenceService references;

    /**
     * @param serverBase the address the request came in on; URLs of it are accepted besides
     *                   {@code stanceline.public-url}
     */
    public OEmbed embed(String url, Integer maxWidth, Integer maxHeight, URI serverBase) {
        if (url == null || url.isBlank()) {
            throw new Invalid("Parameter 'url' is required: the dashboard or embed address to embed");
        }
        URI target = parse(url.trim());
        String origin = origin(target);
        if (origin == null || !(origin.equals(origin(URI.create(config.publicUrl())))
                || origin.equals(origin(serverBase)))) {
            throw new NotFound("'" + url + "' is not an address of this Stanceline server");
        }
        String path = target.getPath() == null || target.getPath().isEmpty() ? "/" : target.getPath();
        if (!EMBEDDABLE_PATHS.contains(path)) {
            throw new NotFound("'" + url + "' is not a Stanceline dashboard or embed address; "
                    + "embeddable paths: " + EMBEDDABLE_PATHS);
        }
        Map<String, List<String>> query = query(target.getRawQuery());
        String topicKey = first(query, "topic");
        Topic topic = topicKey == null ? Topic.listOrdered().stream().findFirst()
                .orElseThrow(() -> new NotFound("There is no topic to embed"))
                : references.requireTopic(topicKey);
        List<String> actors = new ArrayList<>(query.getOrDefault("actors", List.of()));
        actors.addAll(query.getOrDefault("actor", List.of()));
        TimelineQuery chart = TimelineQuery.parse(topic.slug, actors, first(query, "from"), first(query, "to"),
                first(query, "bucket"));
        references.requireActors(chart.actors());

        StancelineConfig.Charts limits = config.charts();
        int width = Math.min(limits.defaultWidth(), maxWidth == null ? Integer.MAX_VALUE : maxWidth);
        int height = (int) Math.round(width * (double) limits.defaultHeight() / limits.defaultWidth());
        height = Math.min(height, maxHeight == null ? Integer.MAX_VALUE : maxHeight);

        String src = origin + "/embed/timeline?" + chart.query();
        String html = "<iframe src=\"" + attr(src) + "\" width=\"" + width + "\" height=\"" + height
                + "\" title=\"" + attr(topic.question) + "\" style=\"border:0\" loading=\"lazy\"></iframe>";

        // The thumbnail obeys maxwidth/maxheight too, and the PNG's size limits; left out when it cannot.
        int thumbWidth = Math.min(THUMBNAIL_WIDTH, width);
        int thumbHeight = (int) Math.round(thumbWidth * (double) limits.defaultHeight() / limits.defaultWidth());
        if (maxHeight != null && thumbHeight > maxHeight) {
            thumbHeight = maxHeight;
        }
        boolean thumbnail = thumbWidth >= limits.minWidth() && thumbHeight >= limits.minHeight();
        String thumbnailUrl = origin + "/charts/timeline.png?" + chart.query() + "&width=" + thumbWidth
                + "&height=" + thumbHeight;
        return new OEmbed("rich", "1.0", topic.question, "Stanceline", origin + "/", limits.cacheSeconds(), html,
                width, height, thumbnail ? thumbnailUrl : null, thumbnail ? thumbWidth : null,
                thumbnail ? thumbHeight : null);
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new NotFound("'" + url + "' is not a valid address");
        }
    }

    /** scheme://host[:port], with default ports left out; null for non-HTTP addresses. */
    static String origin(URI uri) {
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static String attr(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
