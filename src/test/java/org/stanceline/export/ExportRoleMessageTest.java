package org.stanceline.export;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;

/** A refusal names the role the address needs, so an analyst is not sent to try again (issue 10, item 5). */
@QuarkusTest
class ExportRoleMessageTest {

    @Test
    void withoutCredentialsTheAdminOnlyExportNamesAdmin() {
        given().get("/api/export/dataset.json").then().statusCode(401)
                .body("detail", containsString("role admin"))
                .body("detail", not(containsString("analyst")));
    }

    @Test
    void anAnalystIsToldTheExportNeedsAdmin() {
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).get("/api/export/dataset.json").then().statusCode(403)
                .body("detail", containsString("needs role admin"));
    }

    @Test
    void writesOpenToBothRolesStillSayBoth() {
        given().contentType("text/plain").body("x").post("/api/sources").then().statusCode(401)
                .body("detail", containsString("analyst or admin"));
    }
}
