package org.stanceline.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;

/**
 * With the sentence model on (the default), a pasted seed article still proposes its statements, and proposals the
 * rules were unsure of carry the confirmed statements that decided them, in the API; a statement coded by hand on
 * a foreign source keeps its original words with a translation.
 */
@QuarkusTest
class LearnedProposalsTest {

    @Test
    void shouldProposeASeedArticleWithTheConfirmedNeighboursThatDecided() throws Exception {
        String seed = Files.readString(Path.of("src/test/resources/ingest/seeds/000_c71e09ffdfdab7c7.txt"));
        JsonPath created = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType("text/plain; charset=UTF-8")
                .body((seed + "\n\n(" + System.nanoTime() + ")").getBytes(StandardCharsets.UTF_8)).post("/api/sources")
                .then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> proposed = created.getList("proposed");
        assertTrue(proposed.size() >= 8, "the seed article proposes its statements: " + proposed.size());
        Map<String, Object> withNeighbours = proposed.stream()
                .filter(p -> !((List<?>) p.get("neighbours")).isEmpty()).findFirst().orElseThrow();
        assertTrue(String.valueOf(withNeighbours.get("note")).contains("like these confirmed statements"),
                "the note names the neighbours too: " + withNeighbours.get("note"));
        Map<?, ?> neighbour = (Map<?, ?>) ((List<?>) withNeighbours.get("neighbours")).get(0);
        assertTrue(((Number) neighbour.get("similarity")).doubleValue() >= 0.45, "closer than the vote threshold");
        assertFalse(String.valueOf(neighbour.get("quote")).isBlank());
        long neighbourId = ((Number) neighbour.get("id")).longValue();
        given().get("/api/statements/" + neighbourId).then().statusCode(200).body("status", equalTo("confirmed"));
        given().get("/api/statements/" + withNeighbours.get("id")).then().statusCode(200)
                .body("neighbours[0].id", equalTo((int) neighbourId));
    }

    @Test
    void shouldKeepTheOriginalQuoteWithItsTranslation() {
        String french = "Le ministre Sergueï Lavrov a déclaré que la France ne doit pas envoyer de soldats. " + System.nanoTime();
        long source = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType("text/plain; charset=UTF-8")
                .body(french.getBytes(StandardCharsets.UTF_8)).post("/api/sources").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String quote = "la France ne doit pas envoyer de soldats";
        int at = french.indexOf(quote);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("sourceId", source, "speaker", "lavrov", "topic", "troops",
                "saidOn", "2025-03-01", "quote", quote, "verbatim", false, "span", Map.of("start", at, "end", at + quote.length()),
                "stance", -1, "intensity", 1));
        body.put("translation", "France must not send soldiers");
        body.put("quoteLanguage", "fr");
        long id = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType("application/json").body(body)
                .post("/api/statements").then().statusCode(201)
                .body("quote", equalTo(quote)).body("translation", equalTo("France must not send soldiers"))
                .body("quoteLanguage", equalTo("fr")).extract().jsonPath().getLong("id");
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType("application/json")
                .body(Map.of("translation", "")).put("/api/statements/" + id).then().statusCode(200)
                .body("translation", nullValue()).body("quoteLanguage", equalTo("fr"));
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType("application/json")
                .body(Map.of("quoteLanguage", "French")).put("/api/statements/" + id).then().statusCode(400)
                .body(containsString("quoteLanguage"));
    }
}
