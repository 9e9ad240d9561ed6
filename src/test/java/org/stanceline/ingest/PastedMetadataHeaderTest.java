package org.stanceline.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;

/** Pasted text carrying its title, date, outlet and address in a small header (issue 10, item 2). */
@QuarkusTest
class PastedMetadataHeaderTest {

    private static String body(String tag) {
        return "Russian Foreign Minister Sergey Lavrov said on Monday that any Western troops in Ukraine would be "
                + "legitimate military targets (" + tag + " " + System.nanoTime() + ").\n";
    }

    private static JsonPath post(String type, String text) {
        long id = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(type + "; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/sources").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return given().get("/api/sources/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aDateLineUnderTheTitleIsFound() {
        JsonPath s = post("text/plain", "Ministers argue over a force\ndate 2026-01-20\n\n" + body("under"));
        assertEquals("2026-01-20", s.getString("publishedOn"));
        assertEquals("Ministers argue over a force", s.getString("title"));
        assertFalse(s.getString("text").contains("2026-01-20"), "the metadata line is not stored as text");
    }

    @Test
    void aDateLineAboveTheTitleDoesNotBecomeTheTitle() {
        JsonPath s = post("text/plain", "date 2026-01-21\nMinisters argue again\n\n" + body("above"));
        assertEquals("2026-01-21", s.getString("publishedOn"));
        assertEquals("Ministers argue again", s.getString("title"));
        assertTrue(s.getString("text").startsWith("Ministers argue again"), s.getString("text"));
    }

    @Test
    void yamlFrontMatterGivesTitleDateOutletAndUrlAndSpansStillHold() {
        JsonPath s = post("text/plain", "---\ntitle: \"Lavrov warns the West\"\ndate: 2026-01-22\noutlet: TASS\n"
                + "url: https://example.org/lavrov\n---\n\nLavrov warns\n\n" + body("yaml"));
        assertEquals("Lavrov warns the West", s.getString("title"));
        assertEquals("2026-01-22", s.getString("publishedOn"));
        assertEquals("TASS", s.getString("outlet"));
        assertEquals("https://example.org/lavrov", s.getString("url"));
        String text = s.getString("text");
        assertFalse(text.contains("---") || text.contains("outlet:"), text);
        List<Map<String, Object>> statements = s.getList("statements");
        assertFalse(statements.isEmpty(), "the statement under the header is still proposed");
        for (Map<String, Object> st : statements) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> span = (Map<String, Integer>) st.get("span");
            assertEquals(st.get("quote"), text.substring(span.get("start"), span.get("end")));
        }
    }

    @Test
    void titleDateAndSourceLinesAtTheTop() {
        JsonPath s = post("text/plain", "Title: Troops question reopened\nDate: 2026-01-23\nSource: Reuters\n\n"
                + "Troops question reopened\n\n" + body("lines"));
        assertEquals("Troops question reopened", s.getString("title"));
        assertEquals("2026-01-23", s.getString("publishedOn"));
        assertEquals("Reuters", s.getString("outlet"));
        assertNull(s.getString("url"));
        assertFalse(s.getString("text").contains("Source: Reuters"));
    }

    @Test
    void aSourceLineDeepInTheArticleIsText() {
        String text = "A headline\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird.\n\nFourth.\n\nFifth.\n\n"
                + "Sixth.\n\nSeventh.\n\nSource: a diplomat\n\n" + body("deep");
        JsonPath s = post("text/plain", text);
        assertNull(s.getString("outlet"));
        assertTrue(s.getString("text").contains("Source: a diplomat"));
        assertNull(s.getString("publishedOn"));
    }

    @Test
    void markdownFrontMatter() {
        JsonPath s = post("text/markdown", "---\ntitle: A markdown brief\ndate: 2026-01-24\noutlet: Le Monde\n---\n\n"
                + "# A markdown brief\n\n" + body("md"));
        assertEquals("A markdown brief", s.getString("title"));
        assertEquals("2026-01-24", s.getString("publishedOn"));
        assertEquals("Le Monde", s.getString("outlet"));
    }
}
