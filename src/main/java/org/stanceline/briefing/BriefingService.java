package org.stanceline.briefing;

import org.stanceline.timeline.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.chart.ChartModel;
import org.stanceline.chart.ChartStateService;
import org.stanceline.rollup.RollupReader;
import org.stanceline.reference.Actor;
import org.stanceline.reference.ReferenceService;
import org.stanceline.reference.Topic;
import org.stanceline.kernel.PrecisionDates;
import org.stanceline.kernel.ReadMemo;
import org.stanceline.reference.Scope;
import org.stanceline.statement.Statement;
import org.stanceline.statement.StatementStatus;
import org.stanceline.timeline.Bucket;
import org.stanceline.timeline.ShiftService;
import org.stanceline.timeline.TimelineService;
import org.stanceline.timeline.TimelineViews;
import org.stanceline.web.StancelineConfig;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Builds a {@link Briefing}: bottom lines, shifts and key statements written by rule from the timeline. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class BriefingService {

    static final List<String> INTENSITY_WORDS = List.of("descriptive", "firm", "warns of consequences",
            "explicit threat of force");
    static final List<String> STANCE_MEANINGS = List.of("vehemently opposes or threatens",
            "opposes or rejects", "neutral, ambiguous or conditional", "supports or is open to",
            "commits or strongly advocates");
    static final List<String> INTENSITY_MEANINGS = List.of("describes or reports", "states firmly",
            "warns of consequences", "explicitly threatens force");

    @Inject
    ReferenceService references;

    @Inject
    TimelineService timeline;

    @Inject
    ShiftService shiftService;

    @Inject
    ChartStateService charts;

    @Inject
    RollupReader rollups;

    private static final ShiftService.ActorShifts NO_SHIFTS = new ShiftService.ActorShifts(0, null);

    @Inject
    StancelineConfig config;

    /** One read transaction; topic, actors and rollup rows are read once for the chart and the text alike. */
    @Transactional
    public Briefing build(String topicKey, List<String> actorKeys, LocalDate from, LocalDate to) {
        return ReadMemo.within(() -> build(references.scope(topicKey, actorKeys), actorKeys, from, to));
    }

    private Briefing build(Scope scope, List<String> actorKeys, LocalDate from, LocalDate to) {
        Topic topic = scope.topic();
        List<Actor> actors = scope.actors();
        Bucket bucket = from != null && to != null && ChronoUnit.DAYS.between(from, to) <= 92 ? Bucket.WEEK
                : Bucket.MONTH;
        ChartModel chart = charts.build(new TimelineQuery(topic.slug, actorKeys, from, to, bucket));
        LocalDate start = from != null ? from : chart.from();
        LocalDate end = to != null ? to : chart.to();

        Map<String, Standing> atStart = new HashMap<>();
        timeline.positions(scope, start.minusDays(1)).positions().forEach(p -> atStart.put(p.actor(), Standing.of(p)));
        // The chart's timeline ends on the period's end: its last points are the positions then.
        Map<String, Standing> atEnd = new HashMap<>();
        timeline.timeline(scope, from, to, bucket).series().forEach(series -> atEnd.put(series.actor(),
                series.points().isEmpty() ? Standing.NONE : Standing.of(series.points().get(series.points().size() - 1))));
        // The quoted shifts (newest first) and, per actor, how many and the latest: never every shift of the period.
        List<TimelineViews.Shift> quotedShifts = shiftService.shifts(scope, start, end,
                config.briefings().maxShifts()).items();
        Map<String, ShiftService.ActorShifts> shiftsByActor = shiftService.tally(scope, start, end);
        long shiftsInPeriod = shiftsByActor.values().stream().mapToLong(ShiftService.ActorShifts::count).sum();
        // Bounded reads: the strongest statements of the period and each actor's first, never the whole period.
        // The chart already holds every confirmed statement of the period (unless there are too many to draw), so
        // the strongest are picked from its markers and loaded with the other statements the text needs.
        int strongestWanted = config.briefings().keyStatements() + actors.size();
        List<Long> strongestIds = strongestMarked(chart, start, end, strongestWanted);
        boolean everyActor = actorKeys == null || actorKeys.isEmpty();
        List<Statement> strongestRead = strongestIds == null ? BriefingReads.strongest(topic, actors, everyActor, start,
                end, strongestWanted) : List.of();

        Set<Long> needed = new HashSet<>(strongestIds == null ? List.of() : strongestIds);
        // The positions' statements too: a bottom line dates them, and only the statement knows its precision.
        java.util.stream.Stream.concat(atEnd.values().stream(), atStart.values().stream())
                .map(Standing::statementId).filter(java.util.Objects::nonNull).forEach(needed::add);
        // Only the shifts the briefing quotes need their statements; the others are counted and dated.
        quotedShifts.forEach(s -> {
            needed.add(s.before().id());
            needed.add(s.after().id());
        });
        Map<Long, Statement> statements = new HashMap<>();
        BriefingReads.byIds(needed).forEach(s -> statements.put(s.id, s));
        Map<Long, Statement> firstOfActor = BriefingReads.firstOfEachActor(topic,
                rollups.firstDays(topic.id, actors.stream().map(a -> a.id).toList(), start, end));
        strongestRead.forEach(s -> statements.put(s.id, s));
        List<Statement> strongest = strongestIds == null ? strongestRead
                : strongestIds.stream().map(statements::get).filter(java.util.Objects::nonNull).toList();
        Map<String, Actor> actorByKey = actors.stream().collect(Collectors.toMap(a -> a.slug, Function.identity()));

        List<Briefing.BottomLine> bottomLines = new ArrayList<>();
        for (Actor actor : actors) {
            ShiftService.ActorShifts ofActor = shiftsByActor.getOrDefault(actor.slug, NO_SHIFTS);
            Statement first = firstOfActor.get(actor.id);
            bottomLines.add(BottomLines.of(topic, actor, atStart.get(actor.slug), first, atEnd.get(actor.slug), ofActor,
                    end, statements, config.staleAfterDays()));
        }

        List<Briefing.Shift> shifts = quotedShifts.stream()
                .sorted(Comparator.comparing(TimelineViews.Shift::date))
                .map(s -> new Briefing.Shift(s.date(), s.actor(), actorByKey.get(s.actor()).name,
                        headline(topic, s), cite(topic, statements.get(s.before().id())),
                        cite(topic, statements.get(s.after().id()))))
                .toList();

        List<Briefing.Citation> key = keyStatements(topic, start, strongest, atEnd.values(), statements);
        List<Briefing.Event> events = chart.events().stream()
                .map(e -> new Briefing.Event(e.number(), e.date(), e.endDate(), e.label(), e.kind())).toList();

        Map<StatementStatus, Long> byStatus = BriefingReads.countsByStatus(rollups, topic, actors, everyActor, start, end);
        List<String> sampleCues = key.stream().flatMap(c -> c.cues().stream()).distinct().limit(6).toList();
        Briefing.Methodology methodology = new Briefing.Methodology(stanceScale(topic), intensityScale(),
                "Every code keeps the cue words that drove it, so a reader can see why a statement got its stance "
                        + "and intensity" + (sampleCues.isEmpty() ? "." : " (in this briefing, for example: "
                        + sampleCues.stream().map(c -> "\u201C" + c + "\u201D").collect(Collectors.joining(", "))
                        + ")."),
                byStatus.getOrDefault(StatementStatus.CONFIRMED, 0L),
                byStatus.getOrDefault(StatementStatus.PROPOSED, 0L), byStatus.getOrDefault(StatementStatus.REJECTED, 0L), chart.dataAsOf() == null ? LocalDate.now() : chart.dataAsOf(),
                config.staleAfterDays(),
                "Only confirmed statements count. A position is the stance of the actor's latest confirmed "
                        + "statement on or before a date; a shift is a change of position, or a rise in intensity "
                        + "of at least one step, between two consecutive confirmed statements. Key statements are "
                        + "each actor's latest statement and then the most intense ones, up to "
                        + config.briefings().keyStatements() + ".");

        String period = PrecisionDates.day(start) + " – " + PrecisionDates.day(end);
        return new Briefing(topic.slug, topic.question, topic.description, start, end, period, LocalDate.now(),
                bottomLines, chart, events, shifts, (int) shiftsInPeriod, key, methodology, chart.permalink());
    }

    private static String headline(Topic topic, TimelineViews.Shift s) {
        TimelineViews.ShiftEnd b = s.before();
        TimelineViews.ShiftEnd a = s.after();
        if (s.stanceChange() != 0) {
            String text = "from " + quoted(topic.labelFor(b.stance())) + " (" + signed(b.stance()) + ") to "
                    + quoted(topic.labelFor(a.stance())) + " (" + signed(a.stance()) + ")";
            return s.intensityChange() > 0 ? text + ", intensity up to " + INTENSITY_WORDS.get(a.intensity()) : text;
        }
        return "intensity up from " + INTENSITY_WORDS.get(b.intensity()) + " to " + INTENSITY_WORDS.get(a.intensity())
                + ", still " + quoted(topic.labelFor(a.stance()));
    }

    /**
     * The ids of the period's strongest statements (intensity, then |stance|, then newest), from the chart's
     * markers; null when its markers stand for buckets rather than every statement.
     */
    static List<Long> strongestMarked(ChartModel chart, LocalDate start, LocalDate end, int wanted) {
        if (chart.markerNote() != null) {
            // The markers stand for buckets, not every statement: the strongest are read from the database.
            return null;
        }
        List<ChartModel.StatementMarker> marked = chart.series().stream().flatMap(s -> s.markers().stream()).toList();
        return marked.stream().filter(m -> !m.date().isBefore(start) && !m.date().isAfter(end))
                .sorted(Comparator.comparingInt(ChartModel.StatementMarker::intensity).reversed()
                        .thenComparing(Comparator.comparingInt((ChartModel.StatementMarker m) -> Math.abs(m.stance())).reversed())
                        .thenComparing(Comparator.comparing(ChartModel.StatementMarker::date).reversed())
                        .thenComparingLong(ChartModel.StatementMarker::statementId))
                .limit(wanted).map(ChartModel.StatementMarker::statementId).toList();
    }

    private List<Briefing.Citation> keyStatements(Topic topic, LocalDate start, List<Statement> strongest,
                                                  Collection<Standing> latest,
                                                  Map<Long, Statement> statements) {
        int limit = config.briefings().keyStatements();
        Set<Statement> chosen = new LinkedHashSet<>();
        latest.stream().map(Standing::statementId).filter(java.util.Objects::nonNull)
                .map(statements::get).filter(s -> !s.saidOn.isBefore(start)).forEach(chosen::add);
        strongest.stream().sorted(Comparator.<Statement>comparingInt(s -> s.intensity).reversed()
                        .thenComparing(Comparator.<Statement>comparingInt(s -> Math.abs(s.stance)).reversed())
                        .thenComparing(Comparator.<Statement, LocalDate>comparing(s -> s.saidOn).reversed())
                        .thenComparing(s -> s.id))
                .forEach(s -> {
                    if (chosen.size() < limit) {
                        chosen.add(s);
                    }
                });
        return chosen.stream().limit(limit).sorted(Comparator.<Statement, LocalDate>comparing(s -> s.saidOn)
                        .thenComparing(s -> s.actor.displayOrder).thenComparing(s -> s.id))
                .map(s -> cite(topic, s)).toList();
    }

    static Briefing.Citation cite(Topic topic, Statement s) {
        if (s == null) {
            return null;
        }
        return new Briefing.Citation(s.saidOn, s.saidPrecision, s.actor.name, s.speaker.name, s.speaker.role, s.quote, s.verbatim,
                s.stance, topic.labelFor(s.stance), s.intensity, List.copyOf(s.cues), s.source.outlet,
                s.source.title, s.source.url, s.translation, s.quoteLanguage);
    }

    /** An actor's position at a date: the stance and date of the statement behind it (all null: none). */
    record Standing(Integer stance, Long statementId, LocalDate date) {

        static final Standing NONE = new Standing(null, null, null);

        static Standing of(TimelineViews.Position p) {
            return new Standing(p.stance(), p.statementId(), p.date());
        }

        static Standing of(TimelineViews.Point p) {
            return new Standing(p.position(), p.positionStatementId(), p.positionDate());
        }
    }

    private static List<Briefing.ScaleStep> stanceScale(Topic topic) {
        List<Briefing.ScaleStep> steps = new ArrayList<>();
        for (int s = 2; s >= -2; s--) {
            steps.add(new Briefing.ScaleStep(signed(s), topic.labelFor(s), STANCE_MEANINGS.get(s + 2)));
        }
        return steps;
    }

    private static List<Briefing.ScaleStep> intensityScale() {
        List<Briefing.ScaleStep> steps = new ArrayList<>();
        for (int i = 0; i <= 3; i++) {
            steps.add(new Briefing.ScaleStep(Integer.toString(i), INTENSITY_WORDS.get(i), INTENSITY_MEANINGS.get(i)));
        }
        return steps;
    }

    static String signed(int stance) {
        return stance > 0 ? "+" + stance : stance < 0 ? "\u2212" + Math.abs(stance) : "0";
    }

    static String quoted(String word) {
        return "\u201C" + word + "\u201D";
    }
}
