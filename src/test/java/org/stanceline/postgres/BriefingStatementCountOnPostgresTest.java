package org.stanceline.postgres;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link org.stanceline.briefing.BriefingStatementCountTest} against PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = "STANCELINE_PG_URL", matches = ".+")
class BriefingStatementCountOnPostgresTest extends org.stanceline.briefing.BriefingStatementCountTest {
}
