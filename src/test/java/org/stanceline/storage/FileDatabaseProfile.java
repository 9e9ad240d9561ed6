package org.stanceline.storage;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.UUID;

/** An empty H2 database in a file of its own (compaction needs a file), restored in small chunks. */
public class FileDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/test-h2-file/db-" + UUID.randomUUID() + ";DB_CLOSE_ON_EXIT=FALSE",
                "stanceline.load-corpus", "false",
                "stanceline.restore.commit-every", "2000");
    }
}
