package org.stanceline.statement;

/**
 * A confirmed statement that voted on a proposal's topic or stance (the sentence model's nearest neighbours):
 * its id, words, coding and closeness (cosine, 0..1). Kept with the proposal so the reviewer sees why.
 */
public record StatementNeighbour(Long id, String quote, String topic, int stance, double similarity) {
}
