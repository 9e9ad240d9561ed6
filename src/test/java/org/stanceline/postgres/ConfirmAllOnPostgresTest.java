package org.stanceline.postgres;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link org.stanceline.ingest.ConfirmAllTest} against PostgreSQL: the rollback holds there too. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = "STANCELINE_PG_URL", matches = ".+")
class ConfirmAllOnPostgresTest extends org.stanceline.ingest.ConfirmAllTest {
}
