package org.stanceline.chart;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/** {@code GET /api/chart}: the chart model of the demo corpus, with the permalink's parameters. */
@QuarkusTest
class ChartModelResourceTest {

    @Test
    void shouldServeTheModelForThePermalinksParameters() {
        JsonPath json = given().queryParam("topic", "troops").queryParam("from", "2025-02-01")
                .queryParam("to", "2026-01-31").get("/api/chart").then().statusCode(200)
                .contentType(containsString("application/json")).extract().jsonPath();
        assertEquals("All capitals · 1 February 2025 – 31 January 2026", json.getString("subtitle"));
        assertEquals("2025-02-01", json.getString("from"));
        assertEquals(90, json.getInt("staleAfterDays"));
        List<String> ticks = json.getList("yTicks.label");
        assertEquals(List.of("threatens", "opposes", "conditional", "open to", "commits"), ticks);
        List<String> actors = json.getList("series.actor");
        assertEquals("moscow", actors.get(0), "display order");
        assertTrue(json.getLong("statementCount") > 10);
        List<Map<String, Object>> stale = json.getList("series.flatten().staleSegments.flatten()");
        assertFalse(stale.isEmpty(), "a year of the demo corpus has positions older than 90 days");
        for (Map<String, Object> s : stale) {
            assertTrue(((String) s.get("from")).compareTo((String) s.get("to")) < 0, s.toString());
        }
        assertEquals(json.getList("series").size(), json.getList("summary.actorLines").size(),
                "one sentence per drawn actor");
        assertTrue(json.getString("summary.lead").startsWith("Should Western"));
    }

    @Test
    void shouldDrawOnlyTheSelectedActorsAndNameTheSilentOnes() {
        JsonPath json = given().queryParam("topic", "troops").queryParam("actors", "london,moscow")
                .queryParam("from", "2025-02-01").queryParam("to", "2025-02-02").get("/api/chart").then()
                .statusCode(200).extract().jsonPath();
        List<String> drawn = json.getList("series.actor");
        List<String> silent = json.getList("silentActors");
        assertEquals(2, drawn.size() + silent.size());
        assertTrue(json.getString("subtitle").startsWith("Moscow and London · "), json.getString("subtitle"));
    }

    @Test
    void shouldNameTheBadParameter() {
        given().queryParam("topic", "troops").queryParam("bucket", "fortnight").get("/api/chart").then()
                .statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("bucket"));
        given().queryParam("topic", "troops").queryParam("from", "2025-13-01").get("/api/chart").then()
                .statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("from"));
        given().queryParam("topic", "nope").get("/api/chart").then().statusCode(404).contentType(PROBLEM_JSON);
    }
}
