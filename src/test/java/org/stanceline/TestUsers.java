package org.stanceline;

/** Credentials set for the test profile in application.properties. */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-secret";
    public static final String ANALYST = "analyst";
    public static final String ANALYST_PASSWORD = "test-analyst-secret";
    public static final String PROBLEM_JSON = "application/problem+json";

    private TestUsers() {
    }
}
