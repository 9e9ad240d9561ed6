package org.stanceline.chart;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * What a timeline chart shows, decided once on the server ({@link ChartModelBuilder}) and drawn by every renderer:
 * the dashboard (ECharts, from {@code GET /api/chart}), the static SVG/PNG and the briefings ({@link ChartRenderer}).
 * Its JSON is the dashboard's {@code TimelineChartState} (frontend/src/chart/timelineChartState.ts). Stance values
 * run from -2 to +2; a drawn {@code y} is the stance plus the actor's small offset, so equal stances stay apart.
 *
 * @param staleAfterDays a position older than this many days is drawn dashed (DESIGN.md, timeline semantics)
 * @param silentActors   names of selected actors with nothing to draw in the period
 * @param message        said over the chart when there is nothing (or little) to draw; null otherwise
 * @param sourceLine     the attribution printed under static charts
 * @param markerNote     null when every confirmed statement of the period is a marker; otherwise what the markers
 *                       stand for (too many to mark one by one: each is a capital's last statement of its bucket)
 */
public record ChartModel(String title, String subtitle, String topicKey, String bucket, LocalDate from, LocalDate to,
                         int staleAfterDays, List<Tick> yTicks, List<ActorSeries> series, List<String> silentActors,
                         List<EventMarker> events, long statementCount, String message, Summary summary,
                         LocalDate dataAsOf, String permalink, String sourceLine, String markerNote) {

    public record Tick(int value, String label) {
    }

    /**
     * One actor's line. {@code line} (solid) and {@code staleLine} (dashed) are polylines whose null points break
     * them into runs; {@code staleSegments} names the dashed runs by date, as every renderer draws them.
     */
    public record ActorSeries(String actor, String name, String colour, String labelColour, double offset,
                              List<LinePoint> line, List<LinePoint> staleLine, List<Segment> staleSegments,
                              List<StatementMarker> markers, Carried carriedIn, End end) {
    }

    /** A polyline vertex, written as {@code ["2025-03-01", 1.06]} (the shape ECharts takes). */
    @JsonSerialize(using = LinePoint.Writer.class)
    @JsonDeserialize(using = LinePoint.Reader.class)
    public record LinePoint(LocalDate date, double y) {

        static final class Writer extends JsonSerializer<LinePoint> {
            @Override
            public void serialize(LinePoint p, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeStartArray();
                json.writeString(p.date().toString());
                json.writeNumber(p.y());
                json.writeEndArray();
            }
        }

        static final class Reader extends JsonDeserializer<LinePoint> {
            @Override
            public LinePoint deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                JsonNode node = context.readTree(parser);
                return new LinePoint(LocalDate.parse(node.get(0).asText()), node.get(1).asDouble());
            }
        }
    }

    /** A dashed run: the position held from {@code from} to {@code to} after it went stale. */
    public record Segment(LocalDate from, LocalDate to, double y) {
    }

    /** A position carried into the period from a statement made before it. */
    public record Carried(int stance, LocalDate date) {
    }

    /** Where the line ends and its name is written; {@code labelY} is moved apart from the other names. */
    public record End(LocalDate date, int stance, double labelY, boolean stale) {
    }

    /** A confirmed statement on the line; intensity is shown by shape and size together. */
    public record StatementMarker(long statementId, LocalDate date, String precision, int stance, int intensity,
                                  double y, String symbol, int size, String speaker, String role, String quote,
                                  String quoteExcerpt, boolean verbatim, String outlet, String sourceTitle) {
    }

    /** A context event: a marker on one day, or a band when it has an end date. Numbered for the key. */
    public record EventMarker(int number, LocalDate date, LocalDate endDate, String label, String kind, String url) {
        public boolean band() {
            return endDate != null && endDate.isAfter(date);
        }
    }

    /** The chart "in words": a lead sentence, one sentence per actor, and who said nothing. */
    public record Summary(String lead, List<String> actorLines, String silent) {
    }
}
