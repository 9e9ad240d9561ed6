package org.stanceline.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.stanceline.TestUsers.PROBLEM_JSON;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void shouldPublishOpenApiWithEveryPublicAddress() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/timeline"))
                .body("paths", hasKey("/api/statements"))
                .body("paths", hasKey("/api/shifts"))
                .body("paths", hasKey("/api/sources/{id}"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void shouldReportHealthUp() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldAnswerUnknownAddressesAndMethodsWithProblemJson() {
        given().get("/api/nothing-here").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("status", equalTo(404));
        given().delete("/api/topics").then().statusCode(405).contentType(PROBLEM_JSON)
                .body("detail", containsString("/api/topics"));
    }
}
