package org.stanceline.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prints the agreement between the dev set's coding and a second, blind coding of 30 stances. */
class StanceAgreementTest {

    @Test
    void printsKrippendorffsOrdinalAlphaOnThirtyDoublyCodedStances() throws Exception {
        DevSet.assumePresent();
        List<int[]> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/devset/agreement.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\\|");
            String[] ref = p[0].trim().split("#");
            DevSet.Article a = DevSet.parse(DevSet.DEVSET.resolve(ref[0] + ".txt"));
            pairs.add(new int[]{a.gold().get(Integer.parseInt(ref[1])).stance(), Integer.parseInt(p[1].trim())});
        }
        assertEquals(30, pairs.size());
        double alpha = KrippendorffAlpha.ordinal(pairs, -2, 2);
        long same = pairs.stream().filter(x -> x[0] == x[1]).count();
        long withinOne = pairs.stream().filter(x -> Math.abs(x[0] - x[1]) <= 1).count();
        System.out.printf(Locale.ROOT, "Stance agreement on %d doubly coded statements: Krippendorff's alpha (ordinal) %.3f;"
                + " exact %d/%d, within one step %d/%d%n", pairs.size(), alpha, same, pairs.size(), withinOne, pairs.size());
        assertTrue(alpha > 0.667, "alpha " + alpha + " is below the 0.667 that allows tentative conclusions");
    }

    @Test
    void alphaIsOneForIdenticalCodingsAndLowForUnrelatedOnes() {
        List<int[]> same = List.of(new int[]{-2, -2}, new int[]{0, 0}, new int[]{2, 2}, new int[]{1, 1});
        assertEquals(1.0, KrippendorffAlpha.ordinal(same, -2, 2), 1e-9);
        List<int[]> opposite = List.of(new int[]{-2, 2}, new int[]{2, -2}, new int[]{-1, 1}, new int[]{1, -1});
        assertTrue(KrippendorffAlpha.ordinal(opposite, -2, 2) < 0);
    }
}
