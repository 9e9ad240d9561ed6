package org.stanceline.chart;

import org.stanceline.chart.ChartModel.ActorSeries;
import org.stanceline.chart.ChartModel.LinePoint;
import org.stanceline.chart.ChartModel.Segment;
import org.stanceline.kernel.PrecisionDates;
import org.stanceline.statement.StatementView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ChartModel} from plain data, with no database and no drawing, so tests can call it directly.
 * Staleness follows DESIGN.md: a position is drawn solid until it is {@code staleAfterDays} old (counted from the
 * latest statement that stated it, so a restatement keeps it fresh), then dashed up to the next change or the end.
 */
public final class ChartModelBuilder {

    /** Vertical distance (in stance steps) between the lines of neighbouring actors, so none hides another. */
    static final double ACTOR_SPACING = 0.06;
    private static final double LABEL_GAP = 0.24;
    private static final Map<Integer, Object[]> INTENSITY_MARKERS = Map.of(0, new Object[] {"emptyCircle", 8},
            1, new Object[] {"circle", 10}, 2, new Object[] {"diamond", 14}, 3, new Object[] {"triangle", 17});

    public record TopicInfo(String key, String question, Map<String, String> scaleLabels) {
    }

    public record ActorInfo(String key, String name, String colour, int displayOrder) {
    }

    public record EventInfo(long id, LocalDate date, LocalDate endDate, String label, String kind, String url) {
    }

    /**
     * @param actors      every actor (to tell "all capitals" from a selection)
     * @param selected    keys of the actors drawn
     * @param carriedIn   per actor key, the position stated before {@code from}, if any
     * @param statements  confirmed statements of the topic said in the period (others are ignored): all of them, or
     *                    with a {@code markerNote}, the ones that stand for them
     * @param statementCount how many the period holds when {@code statements} are not all of them; null otherwise
     * @param markerNote  what the markers stand for when they are not every statement (ChartModel#markerNote)
     */
    public record Input(TopicInfo topic, List<ActorInfo> actors, List<String> selected, String bucket, LocalDate from,
                        LocalDate to, int staleAfterDays, Map<String, ChartModel.Carried> carriedIn,
                        List<StatementView> statements, List<EventInfo> events, LocalDate dataAsOf, String permalink,
                        Long statementCount, String markerNote) {

        /** Every statement of the period given, each its own marker. */
        public Input(TopicInfo topic, List<ActorInfo> actors, List<String> selected, String bucket, LocalDate from,
                     LocalDate to, int staleAfterDays, Map<String, ChartModel.Carried> carriedIn,
                     List<StatementView> statements, List<EventInfo> events, LocalDate dataAsOf, String permalink) {
            this(topic, actors, selected, bucket, from, to, staleAfterDays, carriedIn, statements, events, dataAsOf,
                    permalink, null, null);
        }
    }

    private ChartModelBuilder() {
    }

    /** One step of a step line; {@code said} is when the position was last stated: staleness counts from it. */
    record Step(LocalDate start, int stance, LocalDate said) {
    }

    record Lines(List<LinePoint> line, List<LinePoint> staleLine, List<Segment> staleSegments) {
    }

    public static ChartModel build(Input in) {
        LocalDate from = in.from();
        LocalDate to = in.to();
        List<ActorInfo> selected = in.actors().stream().filter(a -> in.selected().contains(a.key()))
                .sorted(Comparator.comparingInt(ActorInfo::displayOrder)).toList();
        List<StatementView> inRange = in.statements().stream()
                .filter(s -> "confirmed".equals(s.status()) && in.topic().key().equals(s.topic())
                        && !s.date().isBefore(from) && !s.date().isAfter(to))
                .sorted(Comparator.comparing(StatementView::date).thenComparing(StatementView::id)).toList();

        List<ActorSeries> series = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (int index = 0; index < selected.size(); index++) {
            ActorInfo actor = selected.get(index);
            double offset = Math.round((index - (selected.size() - 1) / 2.0) * ACTOR_SPACING * 1000) / 1000.0;
            List<StatementView> mine = inRange.stream().filter(s -> s.actor().equals(actor.key())).toList();
            ChartModel.Carried carried = in.carriedIn().get(actor.key());
            if (carried != null && !carried.date().isBefore(from)) {
                carried = null;
            }
            List<Step> steps = new ArrayList<>();
            if (carried != null) {
                steps.add(new Step(from, carried.stance(), carried.date()));
            }
            for (StatementView s : mine) {
                Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
                if (last != null && last.start().equals(s.date())) {
                    steps.set(steps.size() - 1, new Step(s.date(), s.stance(), s.date()));
                } else if (last == null || last.stance() != s.stance()) {
                    steps.add(new Step(s.date(), s.stance(), s.date()));
                } else {
                    // The same position restated: fresh again from here.
                    steps.set(steps.size() - 1, new Step(last.start(), last.stance(), s.date()));
                }
            }
            if (steps.isEmpty()) {
                silent.add(actor.name());
                continue;
            }
            Lines lines = stepLines(refine(steps, mine, to), to, offset, in.staleAfterDays());
            Step lastStep = steps.get(steps.size() - 1);
            List<ChartModel.StatementMarker> markers = mine.stream().map(s -> marker(s, offset)).toList();
            series.add(new ActorSeries(actor.key(), actor.name(), actor.colour(),
                    ChartText.readableOnWhite(actor.colour()), offset, lines.line(), lines.staleLine(),
                    lines.staleSegments(), markers, carried, new ChartModel.End(to, lastStep.stance(), 0,
                    lastStep.said().plusDays(in.staleAfterDays()).isBefore(to))));
        }
        double[] labelYs = dodgeLabels(series.stream().mapToDouble(s -> s.end().stance() + s.offset()).toArray());
        for (int i = 0; i < series.size(); i++) {
            ActorSeries s = series.get(i);
            series.set(i, new ActorSeries(s.actor(), s.name(), s.colour(), s.labelColour(), s.offset(), s.line(),
                    s.staleLine(), s.staleSegments(), s.markers(), s.carriedIn(),
                    new ChartModel.End(s.end().date(), s.end().stance(), labelYs[i], s.end().stale())));
        }

        List<EventInfo> shown = in.events().stream()
                .filter(e -> !(e.endDate() != null ? e.endDate() : e.date()).isBefore(from) && !e.date().isAfter(to))
                .sorted(Comparator.comparing(EventInfo::date).thenComparingLong(EventInfo::id)).toList();
        List<ChartModel.EventMarker> events = new ArrayList<>();
        for (EventInfo e : shown) {
            events.add(new ChartModel.EventMarker(events.size() + 1, e.date(), e.endDate(), e.label(), e.kind(),
                    e.url()));
        }

        boolean all = selected.size() == in.actors().size();
        List<String> names = selected.stream().map(ActorInfo::name).toList();
        String message = null;
        if (series.isEmpty()) {
            String who = all ? "any capital" : ChartText.listInWords(names);
            String when = from.equals(to) ? "on " + PrecisionDates.day(from)
                    : "between " + PrecisionDates.day(from) + " and " + PrecisionDates.day(to);
            message = "No confirmed statements on this question from " + who + " " + when + ".";
        } else if (inRange.isEmpty()) {
            message = "No new statements in this period: the lines show each capital's last position stated before it.";
        }
        List<ChartModel.Tick> ticks = new ArrayList<>();
        for (int v = -2; v <= 2; v++) {
            ticks.add(new ChartModel.Tick(v, ChartText.stanceLabel(v, in.topic().scaleLabels())));
        }
        long count = in.statementCount() != null ? in.statementCount() : inRange.size();
        String sourceLine = "Stanceline · " + ChartText.plural(count, "statement")
                + (in.markerNote() == null ? "" : " (" + in.markerNote() + ")") + " · data as of "
                + (in.dataAsOf() == null ? "–" : in.dataAsOf().toString()) + " · " + in.permalink();
        ChartModel.Summary summary = ChartWords.summary(in.topic(), from, to, count, series, silent);
        return new ChartModel(in.topic().question(), (all ? "All capitals" : ChartText.listInWords(names)) + " · "
                + ChartText.range(from, to), in.topic().key(), in.bucket(), from, to, in.staleAfterDays(), ticks,
                series, silent, events, count, message, summary, in.dataAsOf(), in.permalink(), sourceLine,
                in.markerNote());
    }

    private static ChartModel.StatementMarker marker(StatementView s, double offset) {
        Object[] m = INTENSITY_MARKERS.getOrDefault(s.intensity(), INTENSITY_MARKERS.get(1));
        StatementView.SourceRef source = s.source();
        String outlet = source.outlet() == null || source.outlet().isBlank() ? "outlet unknown" : source.outlet().trim();
        String title = source.title() == null || source.title().isBlank() ? "Untitled source " + source.id()
                : source.title().trim();
        return new ChartModel.StatementMarker(s.id(), s.date(), s.precision(), s.stance(), s.intensity(),
                s.stance() + offset, (String) m[0], (Integer) m[1], s.speaker() == null ? null : s.speaker().name(),
                s.speaker() == null ? null : s.speaker().role(), s.quote(), ChartText.excerpt(s.quote(), 140),
                s.verbatim(), outlet, title);
    }

    /** Splits each step at every restatement of its position, so staleness counts from the latest one. */
    static List<Step> refine(List<Step> steps, List<StatementView> statements, LocalDate to) {
        List<Step> refined = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            LocalDate end = i + 1 < steps.size() ? steps.get(i + 1).start() : to;
            refined.add(new Step(step.start(), step.stance(),
                    step.said().isBefore(step.start()) ? step.said() : step.start()));
            for (StatementView s : statements) {
                if (s.date().isAfter(step.start()) && s.date().isBefore(end) && s.stance() == step.stance()) {
                    refined.add(new Step(s.date(), step.stance(), s.date()));
                }
            }
        }
        return refined;
    }

    /**
     * Turns positions into a step polyline. Each step is solid until it is {@code staleAfterDays} old, then goes
     * on in the stale (dashed) line up to the next change or the end of the period. Null points break a line.
     */
    static Lines stepLines(List<Step> steps, LocalDate to, double offset, int staleAfterDays) {
        List<LinePoint> line = new ArrayList<>();
        List<LinePoint> staleLine = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        Double previousY = null;
        boolean previousStale = false;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            LocalDate end = i + 1 < steps.size() ? steps.get(i + 1).start() : to;
            double y = step.stance() + offset;
            LocalDate staleFrom = step.said().plusDays(staleAfterDays);
            LocalDate solidEnd = staleFrom.isBefore(end) ? (staleFrom.isAfter(step.start()) ? staleFrom : step.start())
                    : end;
            if (previousY != null && previousStale) {
                line.add(new LinePoint(step.start(), previousY));
            }
            line.add(new LinePoint(step.start(), y));
            if (solidEnd.isAfter(step.start()) || solidEnd.equals(end)) {
                line.add(new LinePoint(solidEnd, y));
            }
            boolean stale = solidEnd.isBefore(end);
            if (stale) {
                line.add(null);
                staleLine.add(new LinePoint(solidEnd, y));
                staleLine.add(new LinePoint(end, y));
                staleLine.add(null);
                segments.add(new Segment(solidEnd, end, y));
            }
            previousY = y;
            previousStale = stale;
        }
        trimTrailingNulls(line);
        trimTrailingNulls(staleLine);
        return new Lines(line, staleLine, segments);
    }

    private static void trimTrailingNulls(List<LinePoint> points) {
        while (!points.isEmpty() && points.get(points.size() - 1) == null) {
            points.remove(points.size() - 1);
        }
    }

    /** Spreads end labels apart vertically so that no two overlap, keeping their order. */
    static double[] dodgeLabels(double[] ys) {
        double min = -2.4;
        double max = 2.4;
        Integer[] order = new Integer[ys.length];
        for (int i = 0; i < ys.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> ys[i]).thenComparingInt(i -> i));
        double[] placed = new double[ys.length];
        for (int k = 0; k < order.length; k++) {
            placed[k] = ys[order[k]];
        }
        for (int k = 1; k < placed.length; k++) {
            placed[k] = Math.max(placed[k], placed[k - 1] + LABEL_GAP);
        }
        double overflow = placed.length > 0 ? placed[placed.length - 1] - max : 0;
        if (overflow > 0) {
            for (int k = 0; k < placed.length; k++) {
                placed[k] -= overflow;
            }
        }
        for (int k = placed.length - 2; k >= 0; k--) {
            placed[k] = Math.min(placed[k], placed[k + 1] - LABEL_GAP);
        }
        if (placed.length > 0 && placed[0] < min) {
            // Too many labels for the height: spread them evenly instead.
            double step = (max - min) / Math.max(1, placed.length - 1);
            for (int k = 0; k < placed.length; k++) {
                placed[k] = min + k * step;
            }
        }
        double[] out = new double[ys.length];
        for (int k = 0; k < order.length; k++) {
            out[order[k]] = Math.round(placed[k] * 1000) / 1000.0;
        }
        return out;
    }
}
