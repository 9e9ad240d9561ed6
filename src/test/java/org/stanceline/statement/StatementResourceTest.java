package org.stanceline.statement;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.stanceline.TestData;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;
import static org.stanceline.TestUsers.PROBLEM_JSON;

@QuarkusTest
public class StatementResourceTest {

    @Test
    void shouldListConfirmedStatementsWithSourceAndSpanByDefault() {
        given().get("/api/statements").then().statusCode(200)
                .body("total", greaterThan(20))
                .body("items", hasSize(lessThanOrEqualTo(50)))
                .body("items.status", everyItem(equalTo("confirmed")))
                .body("items[0].source.title", notNullValue())
                .body("items[0].span.start", notNullValue())
                .body("items[0].speaker.name", notNullValue());
    }

    @Test
    void shouldSortNewestFirstByDefault() {
        List<String> dates = given().queryParam("size", 500).get("/api/statements").jsonPath().getList("items.date");
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(dates.get(i - 1).compareTo(dates.get(i)) >= 0, "not newest first at " + i + ": " + dates);
        }
    }

    @Test
    void shouldFilterByTopicActorAndPeriod() {
        given().queryParam("topic", "troops").queryParam("actor", "moscow")
                .queryParam("from", "2025-03-01").queryParam("to", "2025-03-31")
                .get("/api/statements").then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.topic", everyItem(equalTo("troops")))
                .body("items.actor", everyItem(equalTo("moscow")))
                .body("items.date", everyItem(org.hamcrest.Matchers.startsWith("2025-03")));
    }

    @Test
    void shouldFilterBySeveralActorsCommaSeparated() {
        JsonPath body = given().queryParam("actor", "london,paris").queryParam("size", 500)
                .get("/api/statements").then().statusCode(200).extract().jsonPath();
        List<String> actors = body.getList("items.actor");
        assertTrue(actors.contains("london"));
        assertTrue(actors.stream().allMatch(a -> a.equals("london") || a.equals("paris")));
    }

    @Test
    void shouldFilterByStanceIntensityAndSpeaker() {
        given().queryParam("stance", -2).queryParam("intensity", 3).get("/api/statements").then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.stance", everyItem(equalTo(-2)))
                .body("items.intensity", everyItem(equalTo(3)));
        given().queryParam("speaker", "medvedev").get("/api/statements").then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.speaker.key", everyItem(equalTo("medvedev")));
    }

    @Test
    void shouldFindStatementsByWords() {
        given().queryParam("q", "LEGITIMATE MILITARY TARGETS").get("/api/statements").then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.quote", everyItem(containsString("legitimate military targets")));
    }

    @Test
    void shouldPageWithStableTotal() {
        int total = given().queryParam("size", 5).get("/api/statements").jsonPath().getInt("total");
        JsonPath second = given().queryParam("size", 5).queryParam("page", 1).get("/api/statements").jsonPath();
        assertEquals(total, second.getInt("total"));
        assertEquals(1, second.getInt("page"));
        assertEquals(Math.min(5, Math.max(0, total - 5)), second.getList("items").size());
    }

    @Test
    void shouldGetOneStatement() {
        long id = given().get("/api/statements").jsonPath().getLong("items[0].id");
        given().get("/api/statements/" + id).then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void shouldRejectBadParametersNamingThem() {
        expectBadRequest(Map.of("from", "2025-13-01"), "'from'");
        expectBadRequest(Map.of("to", "yesterday"), "'to'");
        expectBadRequest(Map.of("from", "2025-06-01", "to", "2025-01-01"), "after");
        expectBadRequest(Map.of("size", "501"), "'size'");
        expectBadRequest(Map.of("size", "0"), "'size'");
        expectBadRequest(Map.of("page", "-1"), "'page'");
        expectBadRequest(Map.of("stance", "3"), "'stance'");
        expectBadRequest(Map.of("intensity", "x"), "'intensity'");
        expectBadRequest(Map.of("status", "maybe"), "'status'");
        expectBadRequest(Map.of("sort", "colour"), "'sort'");
    }

    @Test
    void shouldNotFindUnknownTopicActorOrStatement() {
        given().queryParam("topic", "weather").get("/api/statements").then().statusCode(404)
                .contentType(PROBLEM_JSON).body("detail", containsString("weather"));
        given().queryParam("actor", "atlantis").get("/api/statements").then().statusCode(404)
                .contentType(PROBLEM_JSON).body("detail", containsString("atlantis"));
        given().get("/api/statements/987654321").then().statusCode(404).contentType(PROBLEM_JSON);
        given().get("/api/statements/abc").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseWritesWithoutCredentials() {
        given().contentType(ContentType.JSON).body("{}").post("/api/statements").then().statusCode(401)
                .contentType(PROBLEM_JSON).header("WWW-Authenticate", containsString("Basic"));
        given().auth().preemptive().basic(ANALYST, "wrong").contentType(ContentType.JSON).body("{}")
                .post("/api/statements").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldAddStatementWhoseSpanHoldsItsQuote() {
        Map<String, Object> source = sourceWith("Minister Example said: \"We are ready to help.\" Nothing more.");
        String text = (String) source.get("text");
        int start = text.indexOf("We are ready");
        String quote = "We are ready to help.";
        Map<String, Object> body = statement(((Number) source.get("id")).longValue(), quote, start, start + quote.length());
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON).body(body)
                .post("/api/statements").then().statusCode(201)
                .header("Location", containsString("/api/statements/"))
                .body("quote", equalTo(quote))
                .body("coder", equalTo(ANALYST))
                .body("span.start", equalTo(start))
                .body("status", equalTo("confirmed"));
    }

    @Test
    void shouldRejectStatementWhoseSpanDoesNotHoldItsQuote() {
        Map<String, Object> source = sourceWith("Minister Sample said: \"No troops, ever.\" That was all.");
        long sourceId = ((Number) source.get("id")).longValue();
        long before = given().queryParam("source", sourceId).queryParam("status", "any")
                .get("/api/statements").jsonPath().getLong("total");
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(statement(sourceId, "No troops, ever.", 0, 17))
                .post("/api/statements").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("detail", containsString("span"))
                .body("detail", containsString("the quote is at"));
        long after = given().queryParam("source", sourceId).queryParam("status", "any")
                .get("/api/statements").jsonPath().getLong("total");
        assertEquals(before, after, "nothing may be half-written");
    }

    @Test
    void shouldRejectInvalidStatementBodiesNamingTheField() {
        Map<String, Object> source = sourceWith("Official Z said: \"Maybe later.\" Then left.");
        long sourceId = ((Number) source.get("id")).longValue();
        Map<String, Object> body = new java.util.HashMap<>(statement(sourceId, "Maybe later.", 18, 30));
        body.put("stance", 5);
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON).body(body)
                .post("/api/statements").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("stance"));
        body.put("stance", 0);
        body.put("colour", "red");
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON).body(body)
                .post("/api/statements").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("colour"));
        body.remove("colour");
        body.put("saidOn", "2025-02-30");
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON).body(body)
                .post("/api/statements").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("saidOn"));
        body.put("saidOn", "2025-02-03");
        body.put("topic", "weather");
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON).body(body)
                .post("/api/statements").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", containsString("weather"));
    }

    static Map<String, Object> sourceWith(String text) {
        String unique = text + " [" + System.nanoTime() + "]";
        long id = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "Test source", "outlet", "Test", "publishedOn", "2025-03-01", "text", unique))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        return given().get("/api/sources/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    static Map<String, Object> statement(long sourceId, String quote, int start, int end) {
        return Map.ofEntries(Map.entry("sourceId", sourceId), Map.entry("speaker", "lavrov"),
                Map.entry("topic", TestData.ensureTopic(TestData.SCRATCH_TOPIC)), Map.entry("saidOn", "2025-02-03"), Map.entry("precision", "day"),
                Map.entry("quote", quote), Map.entry("verbatim", true),
                Map.entry("span", Map.of("start", start, "end", end)), Map.entry("stance", -1),
                Map.entry("intensity", 1), Map.entry("cues", List.of("ready")), Map.entry("confidence", 0.8));
    }

    private static void expectBadRequest(Map<String, String> params, String detailPart) {
        given().queryParams(params).get("/api/statements").then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("detail", containsString(detailPart));
    }
}
