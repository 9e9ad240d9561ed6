package org.stanceline.account;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;
import static org.stanceline.TestUsers.PROBLEM_JSON;
import static org.stanceline.account.SignInTest.COOKIE;
import static org.stanceline.account.SignInTest.signIn;

/** Forgery: a browser's cross-site write is refused even with valid credentials; same-origin and non-browser writes pass. */
@QuarkusTest
class SameOriginWritesTest {

    @TestHTTPResource("/")
    URL root;

    private String ownOrigin() {
        return "http://" + root.getHost() + ":" + root.getPort();
    }

    private static RequestSpecification analystWrite() {
        return given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "Origin test", "text", "Origin test text " + System.nanoTime() + "."));
    }

    @Test
    void shouldRefuseACrossSiteOriginEvenWithValidCredentials() {
        analystWrite().header("Origin", "http://evil.example").post("/api/sources").then().statusCode(403)
                .contentType(PROBLEM_JSON).body("status", equalTo(403)).body("detail", containsString("http://evil.example"));
        String session = signIn(ANALYST, ANALYST_PASSWORD);
        given().cookie(COOKIE, session).header("Origin", "http://evil.example").delete("/api/session").then().statusCode(403);
        given().cookie(COOKIE, session).get("/api/me").then().statusCode(200); // the forged sign-out did nothing
        given().header("Origin", "null").contentType(ContentType.URLENC).formParam("j_username", ANALYST)
                .formParam("j_password", ANALYST_PASSWORD).post("/j_security_check").then().statusCode(403);
    }

    @Test
    void shouldRefuseCrossSiteAndSameSiteFetchMetadata() {
        analystWrite().header("Sec-Fetch-Site", "cross-site").post("/api/sources").then().statusCode(403).contentType(PROBLEM_JSON);
        analystWrite().header("Sec-Fetch-Site", "same-site").post("/api/sources").then().statusCode(403);
        analystWrite().header("Sec-Fetch-Site", "cross-site").header("Origin", ownOrigin()).post("/api/sources").then().statusCode(403);
    }

    @Test
    void shouldAcceptSameOriginWrites() {
        analystWrite().header("Origin", ownOrigin()).header("Sec-Fetch-Site", "same-origin").post("/api/sources").then().statusCode(201);
    }

    @Test
    void shouldAcceptWritesWithoutOriginLikeCurl() {
        analystWrite().post("/api/sources").then().statusCode(201);
    }

    @Test
    void shouldAcceptTheForwardedSchemeAndTheConfiguredPublicUrl() {
        analystWrite().header("Origin", "https://" + root.getHost() + ":" + root.getPort()).header("X-Forwarded-Proto", "https")
                .post("/api/sources").then().statusCode(201);
        analystWrite().header("Origin", "http://localhost:8080").post("/api/sources").then().statusCode(201); // stanceline.public-url
        analystWrite().header("Origin", "https://" + root.getHost() + ":" + root.getPort()).post("/api/sources").then().statusCode(403);
    }

    @Test
    void shouldLeaveReadsAlone() {
        given().header("Origin", "http://evil.example").header("Sec-Fetch-Site", "cross-site").get("/api/topics").then().statusCode(200);
    }

    @Test
    void shouldCompareOriginsWithoutDefaultPortsAndCase() {
        org.junit.jupiter.api.Assertions.assertEquals("https://example.org", SameOriginWrites.normalize("HTTPS://Example.org:443"));
        org.junit.jupiter.api.Assertions.assertEquals("http://example.org:8080", SameOriginWrites.normalize("http://example.org:8080/"));
        org.junit.jupiter.api.Assertions.assertEquals("invalid", SameOriginWrites.normalize("null"));
    }
}
