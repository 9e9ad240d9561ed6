package org.stanceline.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.stanceline.TestUsers.ADMIN;
import static org.stanceline.TestUsers.ADMIN_PASSWORD;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;
import static org.stanceline.TestUsers.PROBLEM_JSON;

@QuarkusTest
public class SourceResourceTest {

    @Test
    void shouldListSourcesWithoutTheirTexts() {
        given().get("/api/sources").then().statusCode(200)
                .body("size()", greaterThan(4))
                .body("[0].title", notNullValue())
                .body("[0].text", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldServeSourceTextWithStatementSpansInIt() {
        long id = given().queryParam("speaker", "medvedev").get("/api/statements")
                .jsonPath().getLong("items[0].source.id");
        JsonPath source = given().get("/api/sources/" + id).then().statusCode(200)
                .body("statements", org.hamcrest.Matchers.not(hasSize(0)))
                .extract().jsonPath();
        String text = source.getString("text");
        List<Map<String, Object>> statements = source.getList("statements");
        for (Map<String, Object> s : statements) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> span = (Map<String, Integer>) s.get("span");
            assertEquals(s.get("quote"), text.substring(span.get("start"), span.get("end")));
        }
    }

    @Test
    void shouldStoreNormalizedSourceAndRefuseTheSameTextTwice() {
        String raw = "Headline \u201Cquoted\u201D " + System.nanoTime() + "\r\n\r\nSame   paragraph.\nSame paragraph.\n";
        JsonPath created = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "A pasted article", "outlet", "Example Times", "url", "https://example.org/a",
                        "publishedOn", "2025-03-04", "text", raw))
                .post("/api/sources").then().statusCode(201)
                .header("Location", containsString("/api/sources/"))
                .body("proposed", hasSize(0))
                .extract().jsonPath();
        long id = created.getLong("id");
        String text = given().get("/api/sources/" + id).then().statusCode(200)
                .body("title", equalTo("A pasted article"))
                .body("publishedOn", equalTo("2025-03-04"))
                .extract().jsonPath().getString("text");
        assertFalse(text.contains("\u201C") || text.contains("\r") || text.contains("   "));
        assertEquals(1, text.split("Same paragraph\\.", -1).length - 1, "repeated paragraph stored once");

        // Same words with other whitespace and quote marks: still the same normalized text.
        String again = raw.replace("\u201C", "\"").replace("\u201D", "\"").replace("\r\n", "\n");
        given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.TEXT).body(again)
                .post("/api/sources").then().statusCode(409).contentType(PROBLEM_JSON)
                .body("existingId", equalTo((int) id))
                .body("detail", containsString("A pasted article"));
    }

    @Test
    void shouldTakeTitleFromFirstLineOfPlainText() {
        String text = "Kremlin rejects peacekeepers " + System.nanoTime() + "\nBody of the article.";
        long id = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType("text/plain; charset=UTF-8")
                .body(text).post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/sources/" + id).then().body("title", startsWith("Kremlin rejects peacekeepers"));
    }

    @Test
    void shouldRejectEmptyOversizedAndMalformedSources() {
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "Empty", "text", "   ")).post("/api/sources").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("detail", containsString("text"));
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "Big", "text", "x".repeat(2 * 1024 * 1024 + 1))).post("/api/sources").then()
                .statusCode(413).contentType(PROBLEM_JSON).body("detail", containsString("limit"));
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.TEXT)
                .body("y".repeat(4 * 1024 * 1024)).post("/api/sources").then()
                .statusCode(413).contentType(PROBLEM_JSON).body("detail", containsString("limit"));
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"text\": \"y\", \"author\": \"z\"}").post("/api/sources").then()
                .statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("author"));
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"text\": ").post("/api/sources").then()
                .statusCode(400).contentType(PROBLEM_JSON);
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("text", "t " + System.nanoTime(), "url", "javascript:alert(1)")).post("/api/sources")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("url"));
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType("application/xml")
                .body("<a/>").post("/api/sources").then().statusCode(415).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseSourceWritesWithoutValidCredentials() {
        given().contentType(ContentType.TEXT).body("anonymous text").post("/api/sources").then().statusCode(401)
                .contentType(PROBLEM_JSON);
        given().auth().preemptive().basic("mallory", "guess").contentType(ContentType.TEXT).body("x")
                .post("/api/sources").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldNotFindUnknownSource() {
        given().get("/api/sources/999999").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", containsString("999999"));
    }
}
