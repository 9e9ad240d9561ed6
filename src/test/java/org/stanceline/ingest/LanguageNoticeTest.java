package org.stanceline.ingest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;

/** A non-English source is stored with its language and a notice, and the English pipeline proposes nothing. */
@QuarkusTest
class LanguageNoticeTest {

    @Test
    void shouldStoreAForeignSourceWithANoticeAndNoProposals() {
        String french = "Le ministre russe Sergueï Lavrov a déclaré que les troupes occidentales en Ukraine seraient des"
                + " cibles légitimes, et que la France ne doit pas envoyer de soldats. " + System.nanoTime();
        long id = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType("text/plain; charset=UTF-8")
                .body(french.getBytes(StandardCharsets.UTF_8)).post("/api/sources").then().statusCode(201)
                .body("proposed", empty())
                .body("notice", containsString("not English"))
                .extract().jsonPath().getLong("id");
        given().get("/api/sources/" + id).then().statusCode(200).body("language", org.hamcrest.Matchers.equalTo("fr"));
    }

    @Test
    void shouldProposeAsBeforeForAnEnglishSource() {
        String english = "Russian Foreign Minister Sergey Lavrov said that any Western troops in Ukraine would be"
                + " legitimate targets. " + System.nanoTime();
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType("text/plain; charset=UTF-8")
                .body(english.getBytes(StandardCharsets.UTF_8)).post("/api/sources").then().statusCode(201)
                .body("proposed", not(empty()))
                .body("notice", nullValue());
    }
}
