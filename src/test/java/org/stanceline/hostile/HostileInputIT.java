package org.stanceline.hostile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.stanceline.PackagedApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same hostile-input table against the packaged app (target/quarkus-app, H2 file, corpus loaded). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    private static final String ANALYST_PASSWORD = "hostile-analyst";
    private static final String ADMIN_PASSWORD = "hostile-admin";

    private PackagedApp app;
    private HostileInputRun run;

    @BeforeAll
    void start() throws Exception {
        Path dir = Files.createTempDirectory("hostile-it");
        app = PackagedApp.start(dir.resolve("db/stanceline"), dir.resolve("app.log"),
                "-Dstanceline.analyst-password=" + ANALYST_PASSWORD, "-Dstanceline.admin-password=" + ADMIN_PASSWORD);
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsAClientErrorThatNamesItsCauseAndWritesNothing() {
        run = new HostileInputRun("127.0.0.1", app.port, "analyst", ANALYST_PASSWORD, "admin", ADMIN_PASSWORD);
        return run.tests();
    }

    @AfterAll
    void stop() throws Exception {
        if (run != null) {
            run.printSummary("packaged");
        }
        if (app != null) {
            String log = app.log();
            app.close();
            // A 500 the client never saw (the connection was already closed) is still a server error.
            List<String> errors = log.lines().filter(l -> l.contains(" ERROR ")).limit(20).toList();
            assertTrue(errors.isEmpty(), "the packaged app logged errors:\n" + String.join("\n", errors));
        }
    }
}
