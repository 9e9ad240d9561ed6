package org.stanceline.watch;

import io.restassured.http.ContentType;
import org.stanceline.TestData;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;

/**
 * Paris statements written through the API on a test's own topic, so that the corpus-backed assertions elsewhere
 * stay exact: a first confirmed position, then a proposal that an analyst confirms.
 */
public final class WatchFixture {

    public static final String QUOTE_BEFORE = "France stands ready to send a reassurance force.";
    public static final String QUOTE_AFTER = "France will not send troops without a ceasefire.";

    private WatchFixture() {
    }

    /** A statement of Macron (Paris) on the topic, in the given status; returns its id. */
    public static long paris(String topic, String saidOn, int stance, int intensity, String status, String quote) {
        return paris(topic, saidOn, "day", stance, intensity, status, quote);
    }

    public static long paris(String topic, String saidOn, String precision, int stance, int intensity, String status,
                             String quote) {
        TestData.ensureTopic(topic);
        String text = "Macron said: \"" + quote + "\" [" + topic + " " + System.nanoTime() + "]";
        long source = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "Watch fixture " + topic, "outlet", "Test", "url", "https://example.org/" + topic,
                        "publishedOn", saidOn, "text", text))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        int start = text.indexOf(quote);
        return given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.ofEntries(Map.entry("sourceId", source), Map.entry("speaker", "macron"),
                        Map.entry("topic", topic), Map.entry("saidOn", saidOn), Map.entry("precision", precision),
                        Map.entry("quote", quote),
                        Map.entry("verbatim", true), Map.entry("span", Map.of("start", start, "end", start + quote.length())),
                        Map.entry("stance", stance), Map.entry("intensity", intensity), Map.entry("status", status)))
                .post("/api/statements").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static void confirm(long statementId) {
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).post("/api/statements/" + statementId + "/confirm")
                .then().statusCode(200);
    }

    /**
     * Paris open to it (+1) on 5 January 2026, then a proposal opposing it (−1, firmer) on 2 February 2026 that is
     * confirmed: Paris's position changes. Returns the confirmed statement's id.
     */
    public static long parisShifts(String topic) {
        paris(topic, "2026-01-05", 1, 0, "confirmed", QUOTE_BEFORE);
        long after = paris(topic, "2026-02-02", -1, 1, "proposed", QUOTE_AFTER);
        confirm(after);
        return after;
    }
}
