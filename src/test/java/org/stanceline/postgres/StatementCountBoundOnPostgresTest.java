package org.stanceline.postgres;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.stanceline.statement.SmallListLimitsProfile;

import java.util.HashMap;
import java.util.Map;

/** {@link org.stanceline.statement.StatementCountBoundTest} against PostgreSQL. */
@QuarkusTest
@TestProfile(StatementCountBoundOnPostgresTest.Profile.class)
@EnabledIfEnvironmentVariable(named = "STANCELINE_PG_URL", matches = ".+")
class StatementCountBoundOnPostgresTest extends org.stanceline.statement.StatementCountBoundTest {

    public static class Profile extends PostgresProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.putAll(SmallListLimitsProfile.LIMITS);
            return overrides;
        }
    }
}
