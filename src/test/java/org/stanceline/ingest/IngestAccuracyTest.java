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
        assertTrue(f.attribution() >= 0.95, "attribution " + f.attribution() + " is below the target 0.95");
        assertTrue(f.stanceWithinOneRate() >= 0.90, "stance within one step " + f.stanceWithinOneRate() + " is below 0.90");
    }
}
