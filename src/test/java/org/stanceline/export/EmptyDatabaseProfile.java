package org.stanceline.export;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A second application on its own, empty in-memory database (no corpus), with a tiny export limit. */
public class EmptyDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:stanceline-empty;DB_CLOSE_DELAY=-1",
                "stanceline.load-corpus", "false",
                "stanceline.exports.max-rows", "1");
    }
}
