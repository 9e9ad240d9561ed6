package org.stanceline.rollup;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** An H2 file database under target/ that keeps the benchmark's million statements between runs. */
public class RollupBenchmarkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:h2:file:./target/rollup-benchmark/stanceline;DB_CLOSE_ON_EXIT=FALSE");
    }
}
