package org.stanceline.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ADMIN;
import static org.stanceline.TestUsers.ADMIN_PASSWORD;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/** Form sign-in into a session cookie, GET /api/me, sign-out that ends the session everywhere. */
@QuarkusTest
public class SignInTest {

    static final String COOKIE = "stanceline-session";

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void forgetFailures() {
        throttle.clear();
    }

    static String signIn(String user, String password) {
        Response r = given().contentType(ContentType.URLENC).formParam("j_username", user).formParam("j_password", password)
                .post("/j_security_check");
        r.then().statusCode(200);
        String cookie = r.getCookie(COOKIE);
        assertNotNull(cookie, "session cookie");
        return cookie;
    }

    @Test
    void shouldSetAnHttpOnlyStrictSessionCookieAndNameTheUser() {
        Response r = given().contentType(ContentType.URLENC).formParam("j_username", ANALYST).formParam("j_password", ANALYST_PASSWORD)
                .post("/j_security_check");
        r.then().statusCode(200);
        String setCookie = r.getHeader("Set-Cookie");
        assertTrue(setCookie.startsWith(COOKIE + "="), setCookie);
        assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("httponly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertTrue(!setCookie.contains("Secure"), "plain http: no Secure attribute, or the browser would drop it: " + setCookie);

        given().cookie(COOKIE, r.getCookie(COOKIE)).get("/api/me").then().statusCode(200)
                .body("username", equalTo(ANALYST)).body("role", equalTo("analyst")).body("displayName", equalTo("Analyst"));
    }

    @Test
    void shouldAnswer401WithoutABasicChallengeWhenAnonymous() {
        given().get("/api/me").then().statusCode(401).contentType(PROBLEM_JSON).header("WWW-Authenticate", nullValue());
    }

    @Test
    void shouldRefuseAWrongPasswordOnTheForm() {
        given().contentType(ContentType.URLENC).formParam("j_username", ANALYST).formParam("j_password", "wrong-password")
                .post("/j_security_check").then().statusCode(401).header("Set-Cookie", nullValue());
    }

    @Test
    void shouldNameBasicUsersToo() {
        given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).get("/api/me").then().statusCode(200)
                .body("username", equalTo(ADMIN)).body("role", equalTo("admin"));
    }

    @Test
    void shouldWriteWithTheSessionCookie() {
        String cookie = signIn(ANALYST, ANALYST_PASSWORD);
        given().cookie(COOKIE, cookie).contentType(ContentType.JSON)
                .body(Map.of("title", "Written in a session", "text", "Session write " + System.nanoTime() + ". Nothing else."))
                .post("/api/sources").then().statusCode(201);
    }

    @Test
    void shouldEndTheSessionOnSignOutAndRefuseTheOldCookieAfterwards() {
        String cookie = signIn(ANALYST, ANALYST_PASSWORD);
        String cleared = given().cookie(COOKIE, cookie).delete("/api/session").then().statusCode(204)
                .extract().header("Set-Cookie");
        assertTrue(cleared.startsWith(COOKIE + "=;") && cleared.contains("Max-Age=0"), cleared);
        given().cookie(COOKIE, cookie).get("/api/me").then().statusCode(401);
        given().cookie(COOKIE, cookie).contentType(ContentType.JSON).body(Map.of("text", "after sign-out"))
                .post("/api/sources").then().statusCode(401);
        // A new sign-in works at once.
        String again = signIn(ANALYST, ANALYST_PASSWORD);
        given().cookie(COOKIE, again).get("/api/me").then().statusCode(200).body("username", equalTo(ANALYST));
    }
}
