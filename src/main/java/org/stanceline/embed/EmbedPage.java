package org.stanceline.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The frontend build's embed page with this request's chart parameters written into the parts that work
 * without JavaScript: the static image in {@code <noscript>} and the oEmbed discovery link.
 */
final class EmbedPage {

    /** Chart parameters an embed address may carry, each with the characters its values may use. */
    private static final Map<String, Pattern> PARAMETERS = new LinkedHashMap<>();

    static {
        PARAMETERS.put("topic", Pattern.compile("[a-z0-9-]{1,64}"));
        PARAMETERS.put("actors", Pattern.compile("[a-z0-9,-]{1,500}"));
        PARAMETERS.put("from", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
        PARAMETERS.put("to", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
        PARAMETERS.put("bucket", Pattern.compile("day|week|month"));
    }

    private static final Pattern STATIC_IMAGE = Pattern.compile("(<img data-stanceline-static src=\")[^\"]*(\")");
    private static final Pattern OEMBED_LINK =
            Pattern.compile("(<link [^>]*href=\")/oembed\\?[^\"]*(\"[^>]*data-stanceline-oembed)");

    private EmbedPage() {
    }

    /** Only well-formed chart parameters pass; anything else is dropped rather than echoed into HTML. */
    static Map<String, String> chartParameters(Map<String, String> query) {
        Map<String, String> kept = new LinkedHashMap<>();
        PARAMETERS.forEach((name, allowed) -> {
            String value = query.get(name);
            if (value != null && allowed.matcher(value).matches()) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    static String render(String template, Map<String, String> chart, String pageUrl) {
        StringBuilder image = new StringBuilder("/charts/timeline.png?");
        chart.forEach((k, v) -> image.append(k).append('=').append(v).append("&amp;"));
        image.append("width=800&amp;height=450");
        String html = STATIC_IMAGE.matcher(template).replaceFirst("$1" + Matcher.quoteReplacement(image.toString()) + "$2");
        String oembed = "/oembed?url=" + URLEncoder.encode(pageUrl, StandardCharsets.UTF_8) + "&amp;format=json";
        return OEMBED_LINK.matcher(html).replaceFirst("$1" + Matcher.quoteReplacement(oembed) + "$2");
    }
}
