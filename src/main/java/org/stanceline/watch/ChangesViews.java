package org.stanceline.watch;

import java.time.LocalDate;
import java.util.List;

/** API shape of {@code GET /api/changes}: what was newly said and confirmed since a date, by question and capital. */
public final class ChangesViews {

    private ChangesViews() {
    }

    public record Changes(LocalDate since, LocalDate until, boolean truncated, int statementCount, int shiftCount,
                          List<TopicChanges> topics) {
    }

    public record TopicChanges(String topic, String question, List<ActorChanges> actors) {
    }

    /**
     * One capital on one question: its position before {@code since} (null when it had none) and now, the shifts
     * and the statements since, newest first.
     */
    public record ActorChanges(String actor, String name, StatementItem before, StatementItem after,
                               List<ShiftItem> shifts, List<StatementItem> statements) {
    }
}
