package org.stanceline.ingest;

import org.stanceline.ingest.IngestPipeline.Proposed;
import org.stanceline.kernel.DatePrecision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dates for remarks the text leaves undated, after the proposals are sorted in reading order: the speaker's
 * occasion named earlier carries forward, else the report's dateline.
 */
final class RemarkDates {

    private RemarkDates() {
    }

    private static final Pattern EARLIER_OCCASION = Pattern.compile(
            "(?i)\\b(previously|earlier|has long|have long|repeatedly|in the past|recently|has been|had been|long-standing|longstanding)\\b");

    /**
     * An undated remark continues the speaker's last remark dated to the day earlier in the text: a news
     * report names the occasion once ("said Tuesday", "at a 3 January press conference") and quotes on from it.
     * A remark that points to another occasion ("previously", "has long said") keeps the publication period.
     */
    static List<Proposed> continueDates(List<Proposed> sorted) {
        Map<String, Proposed> lastDated = new HashMap<>();
        List<Proposed> out = new ArrayList<>(sorted.size());
        for (Proposed p : sorted) {
            Proposed q = p;
            Proposed before = lastDated.get(p.speakerKey());
            boolean undated = p.dateNote() != null && p.dateNote().startsWith("No date for the remark");
            if (undated && before != null && !EARLIER_OCCASION.matcher(p.quote()).find()) {
                q = new Proposed(p.start(), p.end(), p.quote(), p.verbatim(), p.speaker(), p.newSpeaker(), p.actor(),
                        p.topic(), before.saidOn(), before.precision(), "Continues the speaker's remarks dated earlier in the text ("
                        + before.saidOn() + "): " + before.dateNote(), p.stance(), p.intensity(), p.cues(), p.confidence(),
                        p.note(), p.alternatives(), p.neighbours());
            } else if (p.precision() == DatePrecision.DAY && p.saidOn() != null) {
                lastDated.put(p.speakerKey(), p);
            }
            out.add(q);
        }
        return out;
    }

    /**
     * Codebook 2.6: a remark still undated after {@link #continueDates} (no date in its sentence or paragraph, no
     * earlier dated remark of its speaker) takes the day of the report's dateline. It comes last so that it never
     * hides a date the text gives: a dateline only says when the report was filed, a named occasion says more.
     */
    static List<Proposed> datelined(List<Proposed> sorted, DateResolver.Dated dateline) {
        if (dateline == null) {
            return sorted;
        }
        List<Proposed> out = new ArrayList<>(sorted.size());
        for (Proposed p : sorted) {
            boolean undated = p.dateNote() != null && p.dateNote().startsWith("No date for the remark");
            out.add(!undated || EARLIER_OCCASION.matcher(p.quote()).find() ? p
                    : new Proposed(p.start(), p.end(), p.quote(), p.verbatim(), p.speaker(), p.newSpeaker(), p.actor(),
                    p.topic(), dateline.date(), dateline.precision(), dateline.note(), p.stance(), p.intensity(), p.cues(),
                    p.confidence(), p.note(), p.alternatives(), p.neighbours()));
        }
        return out;
    }

    /**
     * Codebook 2.6: in a report published on a known day, a remark still undated (after {@link #continueDates} and
     * {@link #datelined}) was made at the occasion the report covers: the day of the article's first remark dated to
     * the day (its lead), when that is within a week before publication, else the publication day. A remark that
     * points to another occasion ("previously", "has long said") keeps the publication period.
     */
    static List<Proposed> leadOccasion(List<Proposed> sorted, DateResolver.Dated published) {
        if (published == null || published.date() == null || published.precision() != DatePrecision.DAY) {
            return sorted;
        }
        java.time.LocalDate day = published.date();
        String why = "the day of the publication, which covers it";
        for (Proposed p : sorted) {
            if (p.precision() == DatePrecision.DAY && p.saidOn() != null && !p.saidOn().isAfter(published.date())
                    && !p.saidOn().isBefore(published.date().minusDays(7))) {
                day = p.saidOn();
                why = "the occasion of the report's first remark dated to the day";
                break;
            }
        }
        List<Proposed> out = new ArrayList<>(sorted.size());
        for (Proposed p : sorted) {
            boolean undated = p.dateNote() != null && p.dateNote().startsWith("No date for the remark");
            out.add(!undated || EARLIER_OCCASION.matcher(p.quote()).find() ? p
                    : new Proposed(p.start(), p.end(), p.quote(), p.verbatim(), p.speaker(), p.newSpeaker(), p.actor(),
                    p.topic(), day, DatePrecision.DAY, "No date for the remark in its sentence: dated to " + why + " ("
                    + day + ")", p.stance(), p.intensity(), p.cues(), p.confidence(), p.note(), p.alternatives(),
                    p.neighbours()));
        }
        return out;
    }
}
