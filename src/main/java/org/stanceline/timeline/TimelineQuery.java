package org.stanceline.timeline;

import org.stanceline.kernel.Invalid;
import org.stanceline.web.QueryParams;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The dashboard's permalink parameters: which timeline a view, chart or briefing shows. */
public record TimelineQuery(String topic, List<String> actors, LocalDate from, LocalDate to, Bucket bucket) {

    public static TimelineQuery parse(String topic, List<String> actors, String from, String to, String bucket) {
        LocalDate start = QueryParams.date("from", from);
        LocalDate end = QueryParams.date("to", to);
        QueryParams.checkRange(start, end);
        Bucket width;
        try {
            width = Bucket.parse(bucket);
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage());
        }
        return new TimelineQuery(topic == null || topic.isBlank() ? null : topic.trim(), QueryParams.list(actors),
                start, end, width);
    }

    /** The canonical query string of these parameters, as the dashboard's permalinks carry them. */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "topic", topic);
        add(parts, "actors", actors.isEmpty() ? null : String.join(",", actors));
        add(parts, "from", from == null ? null : from.toString());
        add(parts, "to", to == null ? null : to.toString());
        add(parts, "bucket", bucket.label());
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2C", ","));
        }
    }
}
