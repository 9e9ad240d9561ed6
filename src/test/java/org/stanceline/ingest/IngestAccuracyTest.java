package org.stanceline.ingest;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accuracy command: {@code mvn test -Dquarkus.quinoa=false -Dtest=IngestAccuracyTest} prints the
 * figures on the gold set and fails when they drop below what the pipeline reaches today.
 */
class IngestAccuracyTest {

    @Test
    void figuresOnTheGoldSetStayAtOrAboveTheirFloor() throws Exception {
        GoldSetEvaluation.Figures f = GoldSetEvaluation.evaluate(Path.of("data"),
                Path.of("src/test/resources/ingest/seeds"));
        System.out.println(f.table());
        if (Boolean.getBoolean("ingest.details")) {
            f.lines().forEach(System.out::println);
        }
        assertTrue(f.f1() >= 0.90, "extraction F1 " + f.f1() + " is below the target 0.90");
        // Floors lowered with issue 11: one proposal per span leaves one speaker per sentence (0.98 credited any of
        // several proposals, the duplicate the issue names a fault), and the lexicon phrases lifted from these very
        // articles are gone (stance within one 0.93 -> 0.77); docs/notes/evidence.md has the figures.
        assertTrue(f.attribution() >= 0.88, "attribution " + f.attribution() + " is below the floor 0.88");
        assertTrue(f.stanceWithinOneRate() >= 0.75, "stance within one step " + f.stanceWithinOneRate() + " is below 0.75");
    }
}
