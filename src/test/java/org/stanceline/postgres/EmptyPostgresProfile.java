package org.stanceline.postgres;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.stanceline.export.EmptyDatabaseProfile;

import java.util.HashMap;
import java.util.Map;

/** {@link EmptyDatabaseProfile}'s settings (no corpus, small restore limits) on PostgreSQL. */
public class EmptyPostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> postgres = new PostgresProfile().getConfigOverrides();
        Map<String, String> overrides = new HashMap<>(new EmptyDatabaseProfile().getConfigOverrides());
        overrides.putAll(postgres);
        return overrides;
    }
}
