package org.stanceline.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stanceline.TestData;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.stanceline.TestUsers.ADMIN;
import static org.stanceline.TestUsers.ADMIN_PASSWORD;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;
import static org.stanceline.TestUsers.PROBLEM_JSON;
import static org.stanceline.account.SignInTest.COOKIE;
import static org.stanceline.account.SignInTest.signIn;

/** The admin's account API, the roles it hands out, and the names that revisions and exports then record. */
@QuarkusTest
public class AccountResourceTest {

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    void forgetFailures() {
        throttle.clear();
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.JSON);
    }

    /** A fresh account of this role; returns its user name (password: "pw-" + name). */
    static String newAccount(String role) {
        String username = role + "-" + Long.toString(System.nanoTime(), 36);
        admin().body(Map.of("username", username, "displayName", "Named " + role, "role", role, "password", "pw-" + username))
                .post("/api/accounts").then().statusCode(201)
                .header("Location", containsString("/api/accounts/" + username))
                .body("username", equalTo(username)).body("role", equalTo(role)).body("enabled", equalTo(true))
                .body("$", not(hasKey("password"))).body("$", not(hasKey("passwordHash")));
        return username;
    }

    @Test
    void shouldSeedAdminAndAnalystAndListAccountsWithoutHashes() {
        admin().get("/api/accounts").then().statusCode(200)
                .body("username", hasItem(ADMIN)).body("username", hasItem(ANALYST))
                .body("find { it.username == 'analyst' }.role", equalTo("analyst"))
                .body("[0]", not(hasKey("passwordHash")));
    }

    @Test
    void shouldLetOnlyAdminsManageAccounts() {
        given().get("/api/accounts").then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).get("/api/accounts").then().statusCode(403).contentType(PROBLEM_JSON);
        String viewer = newAccount("viewer");
        given().auth().preemptive().basic(viewer, "pw-" + viewer).contentType(ContentType.JSON)
                .body(Map.of("username", "sneaky", "role", "admin", "password", "0123456789abc"))
                .post("/api/accounts").then().statusCode(403);
    }

    @Test
    void shouldGiveViewersReadsAndAnalystsWrites() {
        String viewer = newAccount("viewer");
        given().auth().preemptive().basic(viewer, "pw-" + viewer).get("/api/me").then().statusCode(200).body("role", equalTo("viewer"));
        given().auth().preemptive().basic(viewer, "pw-" + viewer).get("/api/statements").then().statusCode(200);
        given().auth().preemptive().basic(viewer, "pw-" + viewer).contentType(ContentType.JSON)
                .body(Map.of("title", "t", "text", "A viewer's text " + System.nanoTime()))
                .post("/api/sources").then().statusCode(403).contentType(PROBLEM_JSON);

        String analyst = newAccount("analyst");
        given().auth().preemptive().basic(analyst, "pw-" + analyst).contentType(ContentType.JSON)
                .body(Map.of("title", "t", "text", "An analyst's text " + System.nanoTime()))
                .post("/api/sources").then().statusCode(201);
        given().auth().preemptive().basic(analyst, "pw-" + analyst).post("/api/admin/rollups/rebuild").then().statusCode(403);
    }

    @Test
    void shouldRefuseADisabledAccountAndEndItsSessions() {
        String analyst = newAccount("analyst");
        String session = signIn(analyst, "pw-" + analyst);
        admin().body(Map.of("enabled", false)).patch("/api/accounts/" + analyst).then().statusCode(200).body("enabled", equalTo(false));
        given().auth().preemptive().basic(analyst, "pw-" + analyst).get("/api/me").then().statusCode(401);
        given().contentType(ContentType.URLENC).formParam("j_username", analyst).formParam("j_password", "pw-" + analyst)
                .post("/j_security_check").then().statusCode(401);
        given().cookie(COOKIE, session).get("/api/me").then().statusCode(401);
        // Public reads still answer with the ended session's cookie (a browser keeps sending it).
        given().cookie(COOKIE, session).get("/api/topics").then().statusCode(200);
        given().cookie(COOKIE, session).get("/embed/timeline?topic=troops").then().statusCode(200);
        given().cookie(COOKIE, session).get("/api/statements/1/revisions").then().statusCode(200);

        admin().body(Map.of("enabled", true)).patch("/api/accounts/" + analyst).then().statusCode(200);
        given().auth().preemptive().basic(analyst, "pw-" + analyst).get("/api/me").then().statusCode(200);
    }

    @Test
    void shouldChangeRolesAtOnceAlsoInOpenSessions() {
        String user = newAccount("viewer");
        String session = signIn(user, "pw-" + user);
        given().cookie(COOKIE, session).get("/api/me").then().body("role", equalTo("viewer"));
        admin().body(Map.of("role", "analyst")).patch("/api/accounts/" + user).then().statusCode(200).body("role", equalTo("analyst"));
        given().cookie(COOKIE, session).get("/api/me").then().statusCode(200).body("role", equalTo("analyst"));
    }

    @Test
    void shouldResetAPasswordAndEndOpenSessions() {
        String user = newAccount("analyst");
        String session = signIn(user, "pw-" + user);
        admin().body(Map.of("password", "a brand new password")).post("/api/accounts/" + user + "/password").then().statusCode(204);
        given().auth().preemptive().basic(user, "pw-" + user).get("/api/me").then().statusCode(401);
        given().auth().preemptive().basic(user, "a brand new password").get("/api/me").then().statusCode(200);
        given().cookie(COOKIE, session).get("/api/me").then().statusCode(401);
    }

    @Test
    void shouldNameTheFieldOfABadRequest() {
        admin().body(Map.of("username", "Has Space", "role", "analyst", "password", "0123456789abc")).post("/api/accounts")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("'username'"));
        admin().body(Map.of("username", "okname", "role", "root", "password", "0123456789abc")).post("/api/accounts")
                .then().statusCode(400).body("detail", containsString("'role'"));
        admin().body(Map.of("username", "okname", "role", "viewer", "password", "short")).post("/api/accounts")
                .then().statusCode(400).body("detail", containsString("'password'"));
        admin().body(Map.of("username", "okname", "role", "viewer", "password", "x".repeat(73))).post("/api/accounts")
                .then().statusCode(400).body("detail", containsString("72 bytes"));
        admin().body(Map.of("username", ANALYST, "role", "viewer", "password", "0123456789abc")).post("/api/accounts")
                .then().statusCode(409).contentType(PROBLEM_JSON);
        admin().body(Map.of("enabled", false)).patch("/api/accounts/nobody-here").then().statusCode(404).contentType(PROBLEM_JSON);
        admin().body(Map.of()).patch("/api/accounts/" + ANALYST).then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldKeepTheLastAdmin() {
        admin().body(Map.of("enabled", false)).patch("/api/accounts/" + ADMIN).then().statusCode(409).contentType(PROBLEM_JSON);
        admin().body(Map.of("role", "viewer")).patch("/api/accounts/" + ADMIN).then().statusCode(409);
    }

    @Test
    void shouldRecordTheSignedInPersonInRevisionsAndExports() {
        String analyst = newAccount("analyst");
        String session = signIn(analyst, "pw-" + analyst);
        String quote = "We will stand by them " + System.nanoTime() + ".";
        String text = "Minister Example said: \"" + quote + "\" Nothing more.";
        long sourceId = given().cookie(COOKIE, session).contentType(ContentType.JSON)
                .body(Map.of("title", "Named source", "publishedOn", "2025-03-01", "text", text))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        String stored = given().get("/api/sources/" + sourceId).jsonPath().getString("text");
        int start = stored.indexOf(quote);
        Map<String, Object> body = Map.ofEntries(Map.entry("sourceId", sourceId), Map.entry("speaker", "lavrov"),
                Map.entry("topic", TestData.ensureTopic(TestData.SCRATCH_TOPIC)), Map.entry("saidOn", "2025-02-03"),
                Map.entry("precision", "day"), Map.entry("quote", quote), Map.entry("verbatim", true),
                Map.entry("span", Map.of("start", start, "end", start + quote.length())), Map.entry("stance", -1),
                Map.entry("intensity", 1), Map.entry("cues", List.of("stand")), Map.entry("confidence", 0.8));
        long id = given().cookie(COOKIE, session).contentType(ContentType.JSON).body(body)
                .post("/api/statements").then().statusCode(201).body("coder", equalTo(analyst)).extract().jsonPath().getLong("id");
        given().get("/api/statements/" + id + "/revisions").then().statusCode(200).body("[0].by", equalTo(analyst));
        given().queryParam("source", sourceId).queryParam("status", "any").get("/api/export/statements.csv").then().statusCode(200)
                .body(containsString(analyst));
    }
}
