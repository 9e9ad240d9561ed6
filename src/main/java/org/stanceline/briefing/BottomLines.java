package org.stanceline.briefing;

import org.stanceline.briefing.BriefingService.Standing;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.kernel.PrecisionDates;
import org.stanceline.reference.Actor;
import org.stanceline.reference.Topic;
import org.stanceline.statement.Statement;
import org.stanceline.timeline.ShiftService;
import org.stanceline.timeline.TimelineViews;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.stanceline.briefing.BriefingService.cite;
import static org.stanceline.briefing.BriefingService.quoted;
import static org.stanceline.briefing.BriefingService.signed;

/** The bottom line of each actor in a briefing, written by rule from its positions and shifts. */
final class BottomLines {

    private BottomLines() {
    }

    /**
     * The bottom line of one actor. The baseline is its position when the period starts or, when it had none, its
     * first statement in the period; the sentence compares the position at the end with that baseline.
     */
    static Briefing.BottomLine of(Topic topic, Actor actor, Standing before, Statement first, Standing after,
                                  ShiftService.ActorShifts shifts, LocalDate end, Map<Long, Statement> statements,
                                  int staleAfterDays) {
        Integer s1 = after == null ? null : after.stance();
        if (s1 == null) {
            String change = "No confirmed statement on record by " + PrecisionDates.day(end) + ".";
            return new Briefing.BottomLine(actor.slug, actor.name, actor.colour, null, "no position on record",
                    change, actor.name + ": no position on record. " + change, null);
        }
        boolean hadPosition = before != null && before.stance() != null;
        int s0 = hadPosition ? before.stance() : first.stance;
        String word = topic.labelFor(s1);
        String shiftCount = shifts.count() + (shifts.count() == 1 ? " shift" : " shifts");
        String change = hadPosition ? "" : "First statement " + PrecisionDates.on(first.saidOn,
                first.saidPrecision) + ". ";
        if (s0 == s1 && shifts.count() == 0) {
            change += hadPosition
                    ? "Unchanged over the period, " + quoted(word) + " " + since(before, statements) + "."
                    : "Unchanged since.";
        } else if (s0 == s1) {
            change += "Back at " + quoted(word) + " after " + shiftCount + "; latest change "
                    + latestChange(shifts.latest()) + ".";
        } else {
            change += "Moved towards " + (s1 > s0 ? "support" : "opposition") + ": from " + quoted(topic.labelFor(s0))
                    + " (" + signed(s0) + ") to " + quoted(word) + " (" + signed(s1) + "), " + shiftCount
                    + (shifts.count() == 0 ? "" : "; latest change " + latestChange(shifts.latest())) + ".";
        }
        long age = ChronoUnit.DAYS.between(after.date(), end);
        if (age > staleAfterDays) {
            change += " Last statement " + age + " days before the end of the period.";
        }
        Briefing.Citation latest = cite(topic, statements.get(after.statementId()));
        return new Briefing.BottomLine(actor.slug, actor.name, actor.colour, s1, word, change,
                actor.name + ": " + word + " (" + signed(s1) + "). " + change, latest);
    }

    /** "since …" the statement behind a position, as exactly as its date is known. */
    private static String since(Standing position, Map<Long, Statement> statements) {
        Statement s = statements.get(position.statementId());
        return PrecisionDates.since(position.date(), s == null ? null : s.saidPrecision);
    }

    /** "on …"/"in …" the latest change, as exactly as its date is known. */
    private static String latestChange(TimelineViews.Shift latest) {
        return PrecisionDates.on(latest.date(), DatePrecision.parse(latest.precision()));
    }
}
