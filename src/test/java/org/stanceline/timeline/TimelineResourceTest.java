package org.stanceline.timeline;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.PROBLEM_JSON;

@QuarkusTest
public class TimelineResourceTest {

    @Test
    void shouldAnswerWhereEachCapitalStoodMonthByMonth() {
        JsonPath t = given().queryParam("topic", "troops").queryParam("from", "2025-02-01")
                .queryParam("to", "2026-01-31").queryParam("bucket", "month")
                .get("/api/timeline").then().statusCode(200)
                .body("topic", equalTo("troops"))
                .body("bucket", equalTo("month"))
                .body("series.actor", hasItems("moscow", "london", "paris", "washington", "kyiv", "copenhagen"))
                .body("series[0].points", hasSize(12))
                .extract().jsonPath();
        List<Map<String, Object>> moscow = t.getList("series.find { it.actor == 'moscow' }.points");
        Map<String, Object> last = moscow.get(moscow.size() - 1);
        assertEquals("2026-01-01", last.get("start"));
        assertEquals(-2, last.get("position"), "Moscow threatens at the end of the period");
        assertEquals(3, last.get("maxIntensity"));
        long counted = moscow.stream().mapToLong(p -> ((Number) p.get("count")).longValue()).sum();
        long listed = given().queryParam("topic", "troops").queryParam("actor", "moscow")
                .queryParam("from", "2025-02-01").queryParam("to", "2026-01-31")
                .get("/api/statements").jsonPath().getLong("total");
        assertEquals(listed, counted, "bucket counts add up to the statements behind them");
    }

    @Test
    void shouldCarryPositionsIntoMonthsWithoutStatements() {
        List<Map<String, Object>> london = given().queryParam("topic", "troops").queryParam("actors", "london")
                .queryParam("from", "2025-02-01").queryParam("to", "2026-01-31")
                .get("/api/timeline").jsonPath().getList("series[0].points");
        Map<String, Object> august = london.stream().filter(p -> p.get("start").equals("2025-08-01")).findFirst().orElseThrow();
        assertEquals(0, august.get("count"));
        assertTrue(((Number) august.get("position")).intValue() > 0, "London kept its supportive position");
        assertEquals(true, august.get("stale"), "months after the last statement are marked stale");
    }

    @Test
    void shouldDefaultToTheTopicsWholePeriod() {
        given().queryParam("topic", "troops").get("/api/timeline").then().statusCode(200)
                .body("from", equalTo("2025-01-01"))
                .body("to", notNullValue())
                .body("series.size()", greaterThan(4));
    }

    @Test
    void shouldListShiftsWithBeforeAndAfterQuotes() {
        given().queryParam("topic", "troops").get("/api/shifts").then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.before.quote", everyItem(notNullValue()))
                .body("items.after.quote", everyItem(notNullValue()));
    }

    @Test
    void shouldRejectBadTimelineParameters() {
        bad(Map.of("topic", "troops", "bucket", "year"), "'bucket'");
        bad(Map.of("topic", "troops", "from", "2025-02-31"), "'from'");
        bad(Map.of("topic", "troops", "from", "2026-01-01", "to", "2025-01-01"), "after");
        bad(Map.of("topic", "troops", "bucket", "day", "from", "2000-01-01", "to", "2025-01-01"), "limit");
        bad(Map.of("bucket", "month"), "'topic'");
        given().queryParam("topic", "troops").queryParam("actors", "moscow,atlantis").get("/api/timeline")
                .then().statusCode(404).contentType(PROBLEM_JSON).body("detail", containsString("atlantis"));
        given().queryParam("topic", "weather").get("/api/shifts")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().queryParam("topic", "troops").queryParam("limit", "0").get("/api/shifts")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("'limit'"));
    }

    private static void bad(Map<String, String> params, String detail) {
        given().queryParams(params).get("/api/timeline").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString(detail));
    }
}
