package org.stanceline.statement;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A count bound, a deepest offset and a chart marker bound small enough for the demo corpus to exceed them. */
public class SmallListLimitsProfile implements QuarkusTestProfile {

    public static final int COUNT_LIMIT = 5;
    public static final int MAX_OFFSET = 6;
    public static final int SEARCH_COUNT_LIMIT = 2;
    public static final int MAX_MARKERS = 5;

    public static final Map<String, String> LIMITS = Map.of(
            "stanceline.statements.count-limit", String.valueOf(COUNT_LIMIT),
            "stanceline.statements.search-count-limit", String.valueOf(SEARCH_COUNT_LIMIT),
            "stanceline.statements.max-offset", String.valueOf(MAX_OFFSET),
            "stanceline.charts.max-markers", String.valueOf(MAX_MARKERS));

    /** Its own in-memory database: H2 mishandles check constraints of one reopened by a restarted application. */
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new java.util.HashMap<>(LIMITS);
        overrides.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:stanceline-limits;DB_CLOSE_DELAY=-1");
        return overrides;
    }
}
