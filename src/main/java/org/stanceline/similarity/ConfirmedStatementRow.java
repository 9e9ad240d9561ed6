package org.stanceline.similarity;

/** A confirmed statement as the model learns from it (a JPQL projection). */
public record ConfirmedStatementRow(Long id, String quote, String topic, int stance) {
}
