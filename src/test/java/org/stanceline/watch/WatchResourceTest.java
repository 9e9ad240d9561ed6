package org.stanceline.watch;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.stanceline.TestData;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.PROBLEM_JSON;

@QuarkusTest
public class WatchResourceTest {

    private static final String TOPIC = "test-watch-changes";
    private static long confirmed;

    static synchronized long fixture() {
        if (confirmed == 0) {
            TestData.ensureTopic(TOPIC);
            confirmed = WatchFixture.parisShifts(TOPIC);
        }
        return confirmed;
    }

    @Test
    void shouldListTheShiftOfParisWithItsBeforeAndAfterQuotes() {
        long id = fixture();
        JsonPath changes = given().queryParam("since", "2026-02-01").queryParam("topic", TOPIC)
                .get("/api/changes").then().statusCode(200).extract().jsonPath();
        assertEquals(1, changes.getInt("statementCount"));
        assertEquals(1, changes.getInt("shiftCount"));
        assertEquals(TOPIC, changes.getString("topics[0].topic"));
        Map<String, Object> paris = changes.getMap("topics[0].actors[0]");
        assertEquals("paris", paris.get("actor"));
        assertEquals(WatchFixture.QUOTE_BEFORE, changes.getString("topics[0].actors[0].before.quote"));
        assertEquals(WatchFixture.QUOTE_AFTER, changes.getString("topics[0].actors[0].after.quote"));
        assertEquals(id, changes.getLong("topics[0].actors[0].shifts[0].after.id"));
        assertEquals(WatchFixture.QUOTE_BEFORE, changes.getString("topics[0].actors[0].shifts[0].before.quote"));
        assertEquals("https://example.org/" + TOPIC, changes.getString("topics[0].actors[0].after.source.url"));
        assertTrue(changes.getString("topics[0].actors[0].after.permalink").contains("statement=" + id));

        JsonPath wider = given().queryParam("since", "2026-01-01").queryParam("topic", TOPIC)
                .get("/api/changes").jsonPath();
        assertEquals(2, wider.getInt("statementCount"));
        assertNull(wider.get("topics[0].actors[0].before"), "Paris had no position before 2026");

        List<String> topics = given().queryParam("since", "2026-02-01").queryParam("actors", "paris")
                .get("/api/changes").jsonPath().getList("topics.topic");
        assertTrue(topics.contains(TOPIC), topics.toString());
        assertEquals(List.of(), given().queryParam("since", "2026-02-01").queryParam("topic", TOPIC)
                .queryParam("actors", "moscow").get("/api/changes").jsonPath().getList("topics"));
    }

    @Test
    void shouldRefuseAMissingMalformedOrFutureSince() {
        given().get("/api/changes").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("'since'"));
        given().queryParam("since", "2026-02-31").get("/api/changes").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("detail", containsString("'since'"));
        given().queryParam("since", "yesterday").get("/api/changes").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("detail", containsString("'since'"));
        given().queryParam("since", LocalDate.now().plusDays(1).toString()).get("/api/changes").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("detail", containsString("future"));
        given().queryParam("since", "2026-01-01").queryParam("topic", "nope").get("/api/changes").then()
                .statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldShowEveryCapitalOnEveryQuestion() {
        fixture();
        JsonPath matrix = given().queryParam("at", "2026-03-01").get("/api/positions/matrix").then().statusCode(200)
                .extract().jsonPath();
        int topics = matrix.getList("topics").size();
        int actors = matrix.getList("actors").size();
        assertEquals(topics * actors, matrix.getList("cells").size(), "one cell per question and capital");
        Map<String, Object> paris = matrix.getMap("cells.find { it.topic == '" + TOPIC + "' && it.actor == 'paris' }");
        assertEquals(-1, paris.get("stance"));
        assertEquals("opposes", paris.get("word"));
        assertEquals("2026-02-02", paris.get("lastChange"));
        assertEquals("2026-02-02", paris.get("date"));
        assertEquals("day", paris.get("datePrecision"));
        assertEquals("day", paris.get("lastChangePrecision"));
        assertEquals(false, paris.get("stale"));
        assertEquals(27, paris.get("daysSince"));
        assertTrue(((String) paris.get("timeline")).contains("topic=" + TOPIC + "&actors=paris"));
        Map<String, Object> moscow = matrix.getMap("cells.find { it.topic == 'troops' && it.actor == 'moscow' }");
        assertTrue(moscow.get("stance") != null && moscow.get("lastChange") != null, moscow.toString());
        // Paris's last change on troops in the demo corpus is a statement dated to its month only.
        Map<String, Object> parisTroops = matrix.getMap("cells.find { it.topic == 'troops' && it.actor == 'paris' }");
        assertEquals("2025-03-01", parisTroops.get("lastChange"), parisTroops.toString());
        assertEquals("month", parisTroops.get("lastChangePrecision"), parisTroops.toString());
        Map<String, Object> silent = matrix.getMap("cells.find { it.topic == '" + TOPIC + "' && it.actor == 'moscow' }");
        assertNull(silent.get("stance"));

        Map<String, Object> earlier = given().queryParam("at", "2026-01-10").get("/api/positions/matrix").jsonPath()
                .getMap("cells.find { it.topic == '" + TOPIC + "' && it.actor == 'paris' }");
        assertEquals(1, earlier.get("stance"));
        assertNull(earlier.get("lastChange"), "no shift yet");
        given().queryParam("at", "soon").get("/api/positions/matrix").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("'at'"));
    }
}
