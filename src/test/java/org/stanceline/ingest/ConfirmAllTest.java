package org.stanceline.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/** {@code POST /api/sources/{id}/confirm-all}: one call, all or nothing. */
@QuarkusTest
public class ConfirmAllTest {

    private static final String ARTICLE = "src/test/resources/ingest/seeds/003_08a4fc1ee9be0eba.txt";

    /** A new copy of a seed article (a unique last line, so it is no duplicate); its proposals' ids. */
    private record Ingested(long source, List<Long> proposed) {
    }

    private Ingested ingest() throws Exception {
        String text = Files.readString(Path.of(ARTICLE)) + "\n\nFiled " + System.nanoTime() + ".\n";
        JsonPath created = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "Confirm all " + System.nanoTime(), "outlet", "Test", "text", text))
                .post("/api/sources").then().statusCode(201).extract().jsonPath();
        List<Long> ids = created.getList("proposed.id", Long.class);
        assertTrue(ids.size() >= 3, "the seed article yields at least three proposals: " + ids);
        return new Ingested(created.getLong("id"), ids);
    }

    private List<String> statuses(Ingested source) {
        JsonPath detail = given().get("/api/sources/" + source.source()).then().statusCode(200).extract().jsonPath();
        return source.proposed().stream().map(id -> detail.getString("statements.find { it.id == " + id + " }.status"))
                .toList();
    }

    @Test
    void shouldConfirmEveryProposedStatementInOneCall() throws Exception {
        Ingested source = ingest();
        List<Long> confirmed = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD)
                .post("/api/sources/" + source.source() + "/confirm-all").then().statusCode(200)
                .extract().jsonPath().getList("confirmed.id", Long.class);
        assertEquals(source.proposed().stream().sorted().toList(), confirmed);
        assertTrue(statuses(source).stream().allMatch("confirmed"::equals), statuses(source).toString());
    }

    @Test
    void shouldConfirmNoneWhenOneWasReviewedMeanwhile() throws Exception {
        Ingested source = ingest();
        List<Long> ids = source.proposed();
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD)
                .post("/api/statements/" + ids.get(1) + "/reject").then().statusCode(200);
        // The one already reviewed comes last: the others are confirmed in the transaction before it fails.
        List<Long> asked = new java.util.ArrayList<>(ids);
        asked.remove(ids.get(1));
        asked.add(ids.get(1));
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("ids", asked)).post("/api/sources/" + source.source() + "/confirm-all").then()
                .statusCode(409).contentType(PROBLEM_JSON).body("detail", containsString("nothing was confirmed"))
                .body("statementId", org.hamcrest.Matchers.equalTo(ids.get(1).intValue()));
        List<String> after = statuses(source);
        assertEquals("rejected", after.get(1));
        for (int i = 0; i < ids.size(); i++) {
            if (i != 1) {
                assertEquals("proposed", after.get(i), "statement " + ids.get(i) + " rolled back: " + after);
            }
        }
        given().get("/api/statements/" + ids.get(0) + "/revisions").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("confirmed")));
    }

    @Test
    void shouldConfirmNoneWhenOneIsNotInTheSource() throws Exception {
        Ingested source = ingest();
        Ingested other = ingest();
        List<Long> asked = new java.util.ArrayList<>(source.proposed());
        asked.add(other.proposed().get(0));
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("ids", asked)).post("/api/sources/" + source.source() + "/confirm-all").then()
                .statusCode(422).contentType(PROBLEM_JSON).body("detail", containsString("'ids'"));
        assertTrue(statuses(source).stream().allMatch("proposed"::equals), statuses(source).toString());
        assertTrue(statuses(other).stream().allMatch("proposed"::equals));
    }

    @Test
    void shouldNeedAnAnalystAndAKnownSource() {
        given().post("/api/sources/1/confirm-all").then().statusCode(401);
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).post("/api/sources/999999/confirm-all").then()
                .statusCode(404).contentType(PROBLEM_JSON);
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body("{\"ids\": \"all\"}").post("/api/sources/1/confirm-all").then()
                .statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("'ids'"));
    }
}
