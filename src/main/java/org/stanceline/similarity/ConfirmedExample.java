package org.stanceline.similarity;

/** A statement an analyst confirmed, with its sentence vector: what the judge learns from. */
public record ConfirmedExample(Long id, String quote, String topic, int stance, float[] vector) {
}
