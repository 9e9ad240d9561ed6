package org.stanceline.postgres;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link org.stanceline.briefing.BriefingAtScaleReadsTest} against PostgreSQL (the same limits, so one start). */
@QuarkusTest
@TestProfile(StatementCountBoundOnPostgresTest.Profile.class)
@EnabledIfEnvironmentVariable(named = "STANCELINE_PG_URL", matches = ".+")
class BriefingAtScaleReadsOnPostgresTest extends org.stanceline.briefing.BriefingAtScaleReadsTest {
}
