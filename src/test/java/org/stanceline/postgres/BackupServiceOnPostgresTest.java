package org.stanceline.postgres;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link org.stanceline.backup.BackupServiceTest} against PostgreSQL: the lock row is what keeps instances apart. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = "STANCELINE_PG_URL", matches = ".+")
class BackupServiceOnPostgresTest extends org.stanceline.backup.BackupServiceTest {
}
