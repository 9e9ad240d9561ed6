package org.stanceline.watch;

import org.stanceline.kernel.DatePrecision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A confirmed statement as the changes view, the feeds and the webhooks show it: who said what when (with the
 * date's precision in words), its code, its source and a permalink into the dashboard.
 */
public record StatementItem(long id, String topic, String actor, String actorName, LocalDate date,
                            String precision, String dateText, String quote, boolean verbatim, String speaker,
                            String role, int stance, String stanceWord, int intensity, SourceLink source,
                            Instant updatedAt, String permalink) {

    public record SourceLink(long id, String title, String outlet, String url, String link) {
    }

    /** One row of the item query, before the words and links are added. */
    public record Row(long id, String topic, String actor, String actorName, LocalDate date, DatePrecision precision,
                      String quote, boolean verbatim, String speaker, String role, int stance, int intensity,
                      long sourceId, String sourceTitle, String sourceOutlet, String sourceUrl, Instant updatedAt) {
    }
}
