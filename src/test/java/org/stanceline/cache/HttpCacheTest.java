package org.stanceline.cache;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.stanceline.TestData;
import org.stanceline.statement.StatementsBulkLoaded;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;

/** ETag, Cache-Control and 304 on every cached endpoint family, and the data version behind them. */
@QuarkusTest
public class HttpCacheTest {

    static final String TOPIC = "test-cache";

    @Inject
    DataVersion version;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Event<StatementsBulkLoaded> bulkLoaded;

    @Test
    void shouldTagAndAnswerNotModifiedOnEveryCachedEndpoint() {
        long id = given().queryParam("topic", "troops").queryParam("size", 1).get("/api/statements")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        List<String> urls = List.of("/api/timeline?topic=troops&actors=moscow,london",
                "/api/chart?topic=troops&actors=moscow,london&from=2025-02-01&to=2026-01-31",
                "/api/positions?topic=troops&at=2025-06-01", "/api/shifts?topic=troops&limit=5",
                "/api/statements?topic=troops&size=5", "/api/statements/" + id,
                "/charts/timeline.svg?topic=troops&actors=paris", "/charts/timeline.png?topic=troops&actors=kyiv",
                "/briefings/troops.md?from=2025-02-01&to=2025-12-31", "/embed/timeline?topic=troops&actors=moscow");
        Map<String, String> tags = new java.util.HashMap<>();
        for (String url : urls) {
            Response first = given().get(url);
            // Pages get "no-cache" from the framing policy (new builds show at once): the same revalidation.
            org.hamcrest.Matcher<String> revalidate = url.startsWith("/embed/") ? equalTo("no-cache")
                    : equalTo("public, max-age=0, must-revalidate");
            first.then().statusCode(200)
                    .header("ETag", startsWith("W/\""))
                    .header("Cache-Control", revalidate);
            String tag = first.getHeader("ETag");
            given().header("If-None-Match", tag).get(url).then().statusCode(304)
                    .header("ETag", equalTo(tag)).header("Cache-Control", revalidate);
            // A list, and the strong form of the same tag, match by weak comparison (RFC 9110 13.1.2).
            given().header("If-None-Match", "\"other\", " + tag.substring(2)).get(url).then().statusCode(304);
            given().header("If-None-Match", "*").get(url).then().statusCode(304);
            given().header("If-None-Match", "W/\"0-nothing\"").get(url).then().statusCode(200)
                    .header("ETag", equalTo(tag));
            tags.put(url, tag);
        }
        bumpAsAnotherInstanceWould();
        for (String url : urls) {
            Response after = given().header("If-None-Match", tags.get(url)).get(url);
            after.then().statusCode(200);
            assertNotEquals(tags.get(url), after.getHeader("ETag"), url);
        }
    }

    @Test
    void shouldGiveEachQueryAndFormatItsOwnTagButIgnoreTheOrderOfParameters() {
        String a = given().get("/api/timeline?topic=troops&bucket=week&actors=paris").getHeader("ETag");
        String b = given().get("/api/timeline?actors=paris&topic=troops&bucket=week").getHeader("ETag");
        String c = given().get("/api/timeline?topic=troops&bucket=month&actors=paris").getHeader("ETag");
        String svg = given().get("/charts/timeline.svg?topic=troops&actors=paris").getHeader("ETag");
        String png = given().get("/charts/timeline.png?topic=troops&actors=paris").getHeader("ETag");
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertNotEquals(svg, png);
    }

    @Test
    void shouldShowAConfirmAtOnceUnderANewTag() {
        String topic = TestData.ensureTopic(TOPIC);
        long sourceId = source("Minister Sample said: \"We will see.\" Then left.");
        long id = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.ofEntries(Map.entry("sourceId", sourceId), Map.entry("speaker", "lavrov"),
                        Map.entry("topic", topic), Map.entry("saidOn", "2025-02-03"), Map.entry("precision", "day"),
                        Map.entry("quote", "We will see."), Map.entry("verbatim", true),
                        Map.entry("span", Map.of("start", 23, "end", 35)), Map.entry("stance", 1),
                        Map.entry("intensity", 0), Map.entry("cues", List.of("see")), Map.entry("confidence", 0.9),
                        Map.entry("status", "proposed")))
                .post("/api/statements").then().statusCode(201).extract().jsonPath().getLong("id");
        String url = "/api/timeline?topic=" + topic + "&actors=moscow&from=2025-02-01&to=2025-02-28&bucket=month";
        Response before = given().get(url);
        before.then().statusCode(200).body("series[0].points[0].count", equalTo(0));
        String tag = before.getHeader("ETag");
        given().header("If-None-Match", tag).get(url).then().statusCode(304);
        String statementTag = given().get("/api/statements/" + id).getHeader("ETag");

        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).post("/api/statements/" + id + "/confirm")
                .then().statusCode(200);

        Response after = given().header("If-None-Match", tag).get(url);
        after.then().statusCode(200).body("series[0].points[0].count", equalTo(1))
                .body("series[0].points[0].position", equalTo(1));
        assertNotEquals(tag, after.getHeader("ETag"));
        given().header("If-None-Match", statementTag).get("/api/statements/" + id).then().statusCode(200)
                .body("status", equalTo("confirmed"));
    }

    @Test
    void shouldSeeAVersionWrittenByAnotherInstanceAtOnce() {
        String url = "/api/shifts?topic=troops&limit=3";
        String tag = given().get(url).then().statusCode(200).extract().header("ETag");
        long before = version.current();
        bumpAsAnotherInstanceWould();
        assertEquals(before + 1, version.current());
        Response fresh = given().header("If-None-Match", tag).get(url);
        fresh.then().statusCode(200);
        assertNotEquals(tag, fresh.getHeader("ETag"));
        assertTrue(fresh.getHeader("ETag").startsWith("W/\"" + (before + 1) + "-"), fresh.getHeader("ETag"));
    }

    @Test
    void shouldBumpOnEveryWriteAndNotOnAFailedOne() {
        String topic = TestData.ensureTopic(TOPIC);
        long v0 = version.current();
        long sourceId = source("Official Bump said: \"Not now.\" Then nothing.");
        long v1 = version.current();
        assertTrue(v1 > v0, "ingest bumps");
        Map<String, Object> body = Map.ofEntries(Map.entry("sourceId", sourceId), Map.entry("speaker", "lavrov"),
                Map.entry("topic", topic), Map.entry("saidOn", "2025-02-04"), Map.entry("precision", "day"),
                Map.entry("quote", "Not now."), Map.entry("verbatim", true),
                Map.entry("span", Map.of("start", 21, "end", 29)), Map.entry("stance", -1),
                Map.entry("intensity", 1), Map.entry("cues", List.of("not")), Map.entry("confidence", 0.9));
        long id = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(body).post("/api/statements").then().statusCode(201).extract().jsonPath().getLong("id");
        long v2 = version.current();
        assertTrue(v2 > v1, "create bumps");
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("stance", -2)).put("/api/statements/" + id).then().statusCode(200);
        long v3 = version.current();
        assertTrue(v3 > v2, "edit bumps");
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).post("/api/statements/" + id + "/reject")
                .then().statusCode(200);
        long v4 = version.current();
        assertTrue(v4 > v3, "reject bumps");
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).post("/api/statements/" + id + "/reject")
                .then().statusCode(409);
        Map<String, Object> wrongSpan = new java.util.HashMap<>(body);
        wrongSpan.put("span", Map.of("start", 0, "end", 8));
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(wrongSpan).post("/api/statements").then().statusCode(422);
        assertEquals(v4, version.current(), "a refused write leaves the version as it was");
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD)
                .multiPart("files", "bump.txt", ("Bulk bump text " + System.nanoTime()).getBytes(), "text/plain")
                .post("/api/sources/bulk").then().statusCode(200).body("created", equalTo(1));
        long v5 = version.current();
        assertTrue(v5 > v4, "bulk upload bumps");
        QuarkusTransaction.requiringNew().run(() -> bulkLoaded.fire(new StatementsBulkLoaded("test", 0)));
        assertEquals(v5 + 1, version.current(), "corpus load and restore bump through their event");
    }

    /** What another instance's write does to the shared database, past this instance's services. */
    void bumpAsAnotherInstanceWould() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE data_version SET version = version + 1"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long source(String text) {
        return given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "Cache test source", "outlet", "Test", "publishedOn", "2025-03-01",
                        "text", text + " [" + System.nanoTime() + "]"))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
