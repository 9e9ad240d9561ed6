package org.stanceline.rollup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stanceline.TestUsers;
import org.stanceline.statement.StatementService;
import org.stanceline.statement.StatementsBulkLoaded;
import org.stanceline.timeline.Bucket;
import org.stanceline.timeline.ShiftService;
import org.stanceline.timeline.TimelineService;
import org.stanceline.web.StancelineConfig;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Rollups and shifts maintained on each write give exactly the timeline, positions and shifts computed from
 * scratch from the statements, after random sequences of creates, reviews, edits and bulk rebuilds.
 */
@QuarkusTest
public class RollupConsistencyTest {

    static final int SEQUENCES = 50;
    static final long FIRST_SEED = 20_251_201L;

    static final List<List<String>> ACTOR_SETS = List.of(RollupScenario.ACTORS, List.of("moscow"),
            List.of("paris", "washington"));
    /** Periods (from, to; null: open), cut inside weeks and months, one empty, one wider than the data. */
    static final List<LocalDate[]> PERIODS = List.of(new LocalDate[] {null, null},
            new LocalDate[] {LocalDate.of(2025, 1, 8), LocalDate.of(2025, 2, 17)},
            new LocalDate[] {LocalDate.of(2025, 2, 3), null},
            new LocalDate[] {LocalDate.of(2025, 1, 31), LocalDate.of(2025, 1, 31)},
            new LocalDate[] {LocalDate.of(2024, 11, 1), LocalDate.of(2025, 3, 31)});
    static final List<LocalDate> POSITION_DATES = List.of(LocalDate.of(2024, 12, 22), LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 1, 31), LocalDate.of(2025, 6, 30));

    @Inject
    StatementService statements;

    @Inject
    TimelineService timeline;

    @Inject
    ShiftService shifts;

    @Inject
    StancelineConfig config;

    @Inject
    EntityManager em;

    @Inject
    Event<StatementsBulkLoaded> bulkLoaded;

    RollupScenario scenario;

    @AfterEach
    void removeScenarioData() {
        if (scenario != null) {
            scenario.clear();
        }
    }

    @Test
    void shouldMatchFromScratchComputationAfterRandomWriteSequences() {
        scenario = new RollupScenario(statements, bulkLoaded, em);
        WriteSequences sequences = new WriteSequences(RollupScenario.TOPICS.size(), scenario.speakers.size(),
                RollupScenario.ACTORS.size(), RollupScenario.DAYS, RollupScenario.QUOTES.size(), 15, 25);
        for (int i = 0; i < SEQUENCES; i++) {
            long seed = FIRST_SEED + i;
            scenario.clear();
            List<WriteSequences.Write> writes = sequences.sequence(seed);
            List<WriteSequences.Write> applied = new ArrayList<>();
            try {
                for (WriteSequences.Write w : writes) {
                    scenario.apply(w);
                    applied.add(w);
                    checkMonthsAndShifts(expected());
                }
                checkEverything(expected());
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Rollups differ from the statements after seed " + seed + ", writes "
                        + applied + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void rebuildEndpointShouldGiveTheRowsOfIncrementalMaintenance() {
        scenario = new RollupScenario(statements, bulkLoaded, em);
        WriteSequences sequences = new WriteSequences(RollupScenario.TOPICS.size(), scenario.speakers.size(),
                RollupScenario.ACTORS.size(), RollupScenario.DAYS, RollupScenario.QUOTES.size(), 40, 40);
        scenario.clear();
        sequences.sequence(FIRST_SEED - 1).stream().filter(w -> !(w instanceof WriteSequences.Rebuild))
                .forEach(scenario::apply);
        RollupSnapshot incremental = RollupSnapshot.read(em, RollupScenario.TOPICS);
        assertFalse(incremental.buckets().isEmpty(), "the writes confirmed statements");
        // Lose the rows, so the rebuild has to bring them back.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("delete from StanceShift").executeUpdate();
            em.createQuery("delete from StanceRollup").executeUpdate();
        });

        given().post("/api/admin/rollups/rebuild").then().statusCode(401);
        given().auth().preemptive().basic(TestUsers.ANALYST, TestUsers.ANALYST_PASSWORD)
                .post("/api/admin/rollups/rebuild").then().statusCode(403);
        given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                .post("/api/admin/rollups/rebuild").then().statusCode(200)
                .body("rollups", greaterThan(0)).body("shifts", greaterThan(0));

        assertEquals(incremental, RollupSnapshot.read(em, RollupScenario.TOPICS));
        checkEverything(expected());
    }

    private ExpectedTimeline expected() {
        return new ExpectedTimeline(scenario.rows(), config.staleAfterDays());
    }

    private void checkMonthsAndShifts(ExpectedTimeline expected) {
        for (String topic : RollupScenario.TOPICS) {
            assertEquals(expected.timeline(topic, RollupScenario.ACTORS, null, null, Bucket.MONTH),
                    timeline.timeline(topic, RollupScenario.ACTORS, null, null, Bucket.MONTH));
            assertEquals(expected.shifts(topic, RollupScenario.ACTORS, null, null, 1000),
                    shifts.shifts(topic, RollupScenario.ACTORS, null, null, 1000));
        }
    }

    private void checkEverything(ExpectedTimeline expected) {
        for (String topic : RollupScenario.TOPICS) {
            for (List<String> actors : ACTOR_SETS) {
                for (LocalDate[] p : PERIODS) {
                    for (Bucket bucket : Bucket.values()) {
                        assertEquals(expected.timeline(topic, actors, p[0], p[1], bucket),
                                timeline.timeline(topic, actors, p[0], p[1], bucket),
                                () -> "timeline " + topic + " " + actors + " " + p[0] + ".." + p[1] + " " + bucket);
                    }
                    assertEquals(expected.shifts(topic, actors, p[0], p[1], 1000),
                            shifts.shifts(topic, actors, p[0], p[1], 1000),
                            () -> "shifts " + topic + " " + actors + " " + p[0] + ".." + p[1]);
                }
                assertEquals(expected.shifts(topic, actors, null, null, 3), shifts.shifts(topic, actors, null, null, 3),
                        () -> "newest 3 shifts " + topic + " " + actors);
                for (LocalDate at : POSITION_DATES) {
                    assertEquals(expected.positions(topic, actors, at), timeline.positions(topic, actors, at),
                            () -> "positions " + topic + " " + actors + " at " + at);
                }
            }
        }
    }
}
