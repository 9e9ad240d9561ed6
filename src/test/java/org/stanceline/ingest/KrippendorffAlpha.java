package org.stanceline.ingest;

import java.util.List;

/**
 * Krippendorff's alpha for two coders without missing values, ordinal metric (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"): alpha = 1 - D_o / D_e over the coincidence matrix.
 */
final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    static double ordinal(List<int[]> pairs, int min, int max) {
        int k = max - min + 1;
        double[][] o = new double[k][k];
        for (int[] p : pairs) {
            // each unit with two values contributes 1/(m-1) = 1 to both ordered pairs
            o[p[0] - min][p[1] - min] += 1;
            o[p[1] - min][p[0] - min] += 1;
        }
        double[] n = new double[k];
        double total = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                n[c] += o[c][d];
            }
            total += n[c];
        }
        double observed = 0, expected = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                double delta = ordinalDelta(n, c, d);
                observed += o[c][d] * delta;
                expected += n[c] * n[d] * delta;
            }
        }
        if (expected == 0) {
            return 1.0;
        }
        return 1 - (total - 1) * observed / expected;
    }

    private static double ordinalDelta(double[] n, int c, int d) {
        if (c == d) {
            return 0;
        }
        int lo = Math.min(c, d), hi = Math.max(c, d);
        double sum = 0;
        for (int g = lo; g <= hi; g++) {
            sum += n[g];
        }
        double v = sum - (n[c] + n[d]) / 2.0;
        return v * v;
    }
}
