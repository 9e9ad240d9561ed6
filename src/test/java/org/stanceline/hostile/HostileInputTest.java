package org.stanceline.hostile;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.util.stream.Stream;

import static org.stanceline.TestUsers.ADMIN;
import static org.stanceline.TestUsers.ADMIN_PASSWORD;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;

/** The hostile-input table against the test app (H2 in memory, corpus loaded); prints the tally at the end. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private HostileInputRun run;

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsAClientErrorThatNamesItsCauseAndWritesNothing() {
        run = new HostileInputRun("127.0.0.1", RestAssured.port, ANALYST, ANALYST_PASSWORD, ADMIN, ADMIN_PASSWORD);
        return run.tests();
    }

    @AfterAll
    void summary() throws Exception {
        if (run != null) {
            run.printSummary("test");
        }
    }
}
