package org.stanceline.export;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A second application on its own, empty in-memory database (no corpus), with a tiny export limit and
 * small restore limits. */
public class EmptyDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:stanceline-empty;DB_CLOSE_DELAY=-1",
                "stanceline.load-corpus", "false",
                "stanceline.exports.max-rows", "1",
                // Small restore limits, so that the tests can cross them.
                "stanceline.restore.max-body-size", "4M",
                "stanceline.restore.max-json-size", "8M",
                "stanceline.restore.batch-size", "100",
                // Chunks commit within the tests' backups, so that undoing committed chunks is tested.
                "stanceline.restore.commit-every", "500");
    }
}
