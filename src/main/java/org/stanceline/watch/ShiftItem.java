package org.stanceline.watch;

/**
 * A shift as the watch views show it: the statement that made it (after) and the one before, with the change of
 * stance and intensity between them.
 */
public record ShiftItem(String topic, String actor, int stanceChange, int intensityChange, StatementItem before,
                        StatementItem after, String summary) {
}
