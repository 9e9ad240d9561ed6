package org.stanceline.postgres;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link org.stanceline.export.StreamingRestoreTest} against PostgreSQL. */
@QuarkusTest
@TestProfile(EmptyPostgresProfile.class)
@EnabledIfEnvironmentVariable(named = "STANCELINE_PG_URL", matches = ".+")
class StreamingRestoreOnPostgresTest extends org.stanceline.export.StreamingRestoreTest {
}
