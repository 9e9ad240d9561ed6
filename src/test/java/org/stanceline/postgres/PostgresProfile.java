package org.stanceline.postgres;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The scale-out configuration: the same build and migrations on a real PostgreSQL server, whose address
 * comes from STANCELINE_PG_URL (scripts/start-test-postgres.sh starts one; .ci/run does so).
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", env("STANCELINE_PG_URL", "jdbc:postgresql://127.0.0.1:5432/stanceline"),
                "quarkus.datasource.username", env("STANCELINE_PG_USER", "stanceline"),
                "quarkus.datasource.password", env("STANCELINE_PG_PASSWORD", ""),
                "quarkus.flyway.clean-disabled", "false",
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.datasource.devservices.enabled", "false",
                "quarkus.flyway.locations", "db/migration,db/vendor/postgresql");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
