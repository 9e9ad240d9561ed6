package org.stanceline.chart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * What a timeline chart shows, as plain data: built from the timeline service's output and drawn by
 * {@link ChartRenderer}. Equal states draw equal charts, so equal fingerprints name equal drawings.
 *
 * @param scaleLabels stance words from -2 to +2 (index 0 is -2)
 */
public record ChartState(String topic, String title, String subtitle, String bucket, LocalDate from, LocalDate to,
                         List<String> scaleLabels, List<Line> lines, List<Marker> events, long statementCount,
                         LocalDate dataAsOf, String permalink, String sourceLine) {

    /** Bumped when the drawing changes, so caches do not keep charts drawn the old way. */
    static final String DRAWING_VERSION = "2";

    /**
     * One actor's position as a step function: each step holds from its start until the next step's start;
     * the last step holds until the end of the period. A null position is a gap (nothing said yet).
     */
    public record Line(String actor, String name, String colour, List<Step> steps, Integer lastPosition) {
    }

    public record Step(LocalDate start, Integer position) {
    }

    /** An event: a marker on one day, or a band when it has an end date. Numbered for the key below charts. */
    public record Marker(int number, LocalDate start, LocalDate end, String label, String kind) {
        public boolean band() {
            return end != null && end.isAfter(start);
        }
    }

    public String fingerprint(String... drawingOptions) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(DRAWING_VERSION.getBytes(StandardCharsets.UTF_8));
            sha.update(toString().getBytes(StandardCharsets.UTF_8));
            for (String option : drawingOptions) {
                sha.update((byte) 0);
                sha.update(option.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
