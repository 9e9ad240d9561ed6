package org.stanceline.storage;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.stanceline.TestUsers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/**
 * The admin's view of the H2 file and the request to compact it at shutdown. That the shutdown compacts,
 * and keeps every row, is proven on the packaged application by {@code H2FileCompactionIT}.
 */
@QuarkusTest
@TestProfile(FileDatabaseProfile.class)
public class H2FileCompactionTest {

    @Test
    void onlyAnAdminSeesTheFileOrAsksForACompaction() {
        given().get("/api/storage").then().statusCode(401);
        given().post("/api/storage/compact-at-shutdown").then().statusCode(401);
        given().auth().preemptive().basic(TestUsers.ANALYST, TestUsers.ANALYST_PASSWORD)
                .post("/api/storage/compact-at-shutdown").then().statusCode(403);
    }

    @Test
    void anAdminSeesTheFileAndTheRequestToCompactIt() {
        given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                .get("/api/storage").then().statusCode(200)
                .body("file.path", endsWith(".mv.db"))
                .body("file.bytes", greaterThan(0));
        given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                .post("/api/storage/compact-at-shutdown").then().statusCode(202)
                .body("compactAtShutdown", equalTo(true));
        given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                .get("/api/storage").then().statusCode(200).body("compactAtShutdown", equalTo(true));
    }
}
