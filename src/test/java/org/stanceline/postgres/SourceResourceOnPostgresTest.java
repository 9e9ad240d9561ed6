package org.stanceline.postgres;


import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link org.stanceline.ingest.SourceResourceTest} against PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = "STANCELINE_PG_URL", matches = ".+")
class SourceResourceOnPostgresTest extends org.stanceline.ingest.SourceResourceTest {
}
