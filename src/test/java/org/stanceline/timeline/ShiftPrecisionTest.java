package org.stanceline.timeline;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.stanceline.statement.Statement;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shifts API says how exactly each end's date is known, so no client shows a month as its first day. */
@QuarkusTest
public class ShiftPrecisionTest {

    @Test
    @Transactional
    void shouldGiveTheDatePrecisionOfBothStatementsOfAShift() {
        List<Map<String, Object>> items = given().queryParam("topic", "troops").queryParam("from", "2025-02-01")
                .queryParam("to", "2026-01-31").get("/api/shifts").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertTrue(!items.isEmpty());
        // Lavrov, "combatants … attacked", dated to March 2025 (data/statements/004-starmers-iraq.json), hardens
        // Moscow's week-dated position of 17 February 2025 (data/statements/002-anglo-french-force.json).
        // Found by the corpus statement's id: other tests in the same run may paste that article and confirm a copy.
        long corpusId = Statement.<Statement>find("slug", "004-lavrov-combatants-attacked").firstResult().id;
        Map<String, Object> lavrov = items.stream()
                .filter(s -> ((Number) end(s, "after").get("id")).longValue() == corpusId).findFirst().orElseThrow();
        assertEquals("Sergey Lavrov", end(lavrov, "after").get("speaker"));
        assertEquals("month", end(lavrov, "after").get("precision"));
        assertEquals("month", lavrov.get("precision"), "the shift's date is its later statement's");
        assertEquals("2025-03-01", lavrov.get("date"), "the date itself is unchanged");
        assertEquals("2025-02-17", end(lavrov, "before").get("date"));
        assertEquals("week", end(lavrov, "before").get("precision"));
        for (Map<String, Object> s : items) {
            for (String side : List.of("before", "after")) {
                assertTrue(List.of("day", "week", "month", "year").contains(end(s, side).get("precision")),
                        "every end has a precision: " + s);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> end(Map<String, Object> shift, String side) {
        return (Map<String, Object>) shift.get(side);
    }
}
