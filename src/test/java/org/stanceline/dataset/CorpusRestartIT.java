package org.stanceline.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stanceline.PackagedApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the packaged application twice on the same H2 file database, as a user restarting it would:
 * the second start must load nothing and serve the same statements.
 */
class CorpusRestartIT {

    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    @TempDir
    Path temp;

    @Test
    void shouldLoadTheCorpusOnceAcrossRestarts() throws Exception {
        Path db = temp.resolve("db/stanceline");
        long first;
        try (PackagedApp app = PackagedApp.start(db, temp.resolve("first.log"))) {
            first = total(app);
        }
        long second;
        String secondLog;
        try (PackagedApp app = PackagedApp.start(db, temp.resolve("second.log"))) {
            second = total(app);
            secondLog = app.log();
        }
        assertTrue(first > 20, "first start loaded the corpus: " + first);
        assertEquals(first, second, "restart must not load the corpus twice");
        assertTrue(secondLog.contains("inserted 0 topics, 0 actors, 0 speakers, 0 sources, 0 statements, 0 events"),
                "second start inserted nothing:\n" + secondLog);
        assertTrue(Files.exists(Path.of(db + ".mv.db")), "the database is a file");
    }

    private static long total(PackagedApp app) throws Exception {
        Matcher m = TOTAL.matcher(app.get("/api/statements?size=1&status=any"));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }
}
