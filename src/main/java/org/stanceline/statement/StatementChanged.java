package org.stanceline.statement;

import java.time.LocalDate;

/**
 * Fired synchronously, inside the writing transaction and after the change is made, by every
 * {@link StatementService} write of one statement (create, propose, edit, confirm, reject). Observers that keep
 * data derived from statements (rollups, the data version) update in the same transaction, so a rollback
 * undoes them too. Bulk writes fire {@link StatementsBulkLoaded} instead.
 *
 * @param statementId the statement written
 * @param before what counted for the timeline before the write; null for a new statement
 * @param after what counts after the write
 */
public record StatementChanged(long statementId, State before, State after) {

    /** The fields of a statement that timeline, positions and shifts depend on. */
    public record State(long topicId, long actorId, LocalDate saidOn, StatementStatus status, int stance,
                        int intensity) {

        public static State of(Statement s) {
            return new State(s.topic.id, s.actor.id, s.saidOn, s.status, s.stance, s.intensity);
        }

        public boolean confirmed() {
            return status == StatementStatus.CONFIRMED;
        }
    }

    /** True when the write can change a timeline, position or shift. */
    public boolean affectsConfirmed() {
        boolean was = before != null && before.confirmed();
        return (was || after.confirmed()) && !after.equals(before);
    }
}
