package org.stanceline.similarity;

/** A confirmed statement close to a proposal: what it said, how it was coded, and how close it is (cosine). */
public record Neighbour(Long id, String quote, String topic, int stance, double similarity) {

    /** "#12 "…" (troops −1, 0.71)" for a note a reviewer reads. */
    public String describe() {
        String q = quote.length() <= 90 ? quote : quote.substring(0, 87) + "...";
        return (id == null ? "" : "#" + id + " ") + "\"" + q + "\" (" + topic + " " + (stance > 0 ? "+" : "") + stance
                + String.format(java.util.Locale.ROOT, ", %.2f)", similarity);
    }
}
