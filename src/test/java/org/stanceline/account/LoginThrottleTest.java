package org.stanceline.account;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/**
 * Throttling of guessed passwords (test profile: window 20 s, first block 2 s), on a clock the test moves:
 * 429 with a growing Retry-After, for Basic and the form alike, and the right password works after the window.
 */
@QuarkusTest
class LoginThrottleTest {

    @Inject
    LoginThrottle throttle;

    ManualThrottleClock clock;

    @BeforeEach
    void manualClock() {
        clock = new ManualThrottleClock();
        QuarkusMock.installMockForType(clock, ThrottleClock.class);
        throttle.clear();
    }

    @AfterEach
    void forget() {
        throttle.clear();
    }

    private static Response basic(String user, String password) {
        return given().auth().preemptive().basic(user, password).get("/api/me");
    }

    private static Response form(String user, String password) {
        return given().contentType(ContentType.URLENC).formParam("j_username", user).formParam("j_password", password)
                .post("/j_security_check");
    }

    @Test
    void shouldAnswer429WithGrowingRetryAfterAfterFiveFailuresForOneUserAndRecoverAfterTheWindow() {
        for (int i = 0; i < 5; i++) {
            basic(ANALYST, "wrong-" + i).then().statusCode(401);
        }
        java.util.List<Long> waits = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Response r = basic(ANALYST, ANALYST_PASSWORD); // even the right password: the account is blocked
            r.then().statusCode(429).contentType(PROBLEM_JSON).body("status", equalTo(429));
            waits.add(Long.parseLong(r.getHeader("Retry-After")));
        }
        assertEquals(java.util.List.of(4L, 8L, 16L, 20L, 20L), waits, "2 s first block, doubled per attempt, at most the 20 s window");
        form(ANALYST, ANALYST_PASSWORD).then().statusCode(429).contentType(PROBLEM_JSON);

        clock.advance(Duration.ofSeconds(21));
        basic(ANALYST, ANALYST_PASSWORD).then().statusCode(200).body("username", equalTo(ANALYST));
    }

    @Test
    void shouldThrottleTheFormLikeBasic() {
        for (int i = 0; i < 5; i++) {
            form(ANALYST, "wrong-" + i).then().statusCode(401);
        }
        Response r = form(ANALYST, ANALYST_PASSWORD);
        r.then().statusCode(429).contentType(PROBLEM_JSON);
        assertTrue(Long.parseLong(r.getHeader("Retry-After")) >= 1);
        clock.advance(Duration.ofSeconds(21));
        form(ANALYST, ANALYST_PASSWORD).then().statusCode(200);
    }

    @Test
    void shouldAnswer429AfterTwentyFailuresFromOneAddressWhateverTheUser() {
        for (int i = 0; i < 20; i++) {
            basic("guess" + i, "wrong-password").then().statusCode(401);
        }
        basic(ANALYST, ANALYST_PASSWORD).then().statusCode(429);
        clock.advance(Duration.ofSeconds(21));
        basic(ANALYST, ANALYST_PASSWORD).then().statusCode(200);
    }

    @Test
    void shouldLetTheRightPasswordThroughBeforeTheLimit() {
        for (int i = 0; i < 4; i++) {
            basic(ANALYST, "wrong-" + i).then().statusCode(401);
        }
        basic(ANALYST, ANALYST_PASSWORD).then().statusCode(200);
        // A success clears the user's count: four more failures still do not block.
        for (int i = 0; i < 4; i++) {
            basic(ANALYST, "wrong-" + i).then().statusCode(401);
        }
        basic(ANALYST, ANALYST_PASSWORD).then().statusCode(200);
    }
}
