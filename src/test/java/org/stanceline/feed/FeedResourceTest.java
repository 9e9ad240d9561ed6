package org.stanceline.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.stanceline.TestData;
import org.stanceline.watch.WatchFixture;

import java.io.StringReader;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/** The Atom feed, parsed back with ROME as a feed reader would. */
@QuarkusTest
public class FeedResourceTest {

    @Test
    void shouldShowTheConfirmationThatChangesParissPositionAsAShiftEntry() throws Exception {
        String topic = TestData.ensureTopic("test-watch-feed");
        long confirmed = WatchFixture.parisShifts(topic);
        Feed feed = parse(given().get("/feeds/" + topic + ".atom").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asString());
        assertEquals("Stanceline: Test question " + topic + "?", feed.getTitle());
        assertEquals(2, feed.getEntries().size(), "the shift, then the first statement");
        Entry shift = feed.getEntries().get(0);
        assertEquals("urn:stanceline:shift:" + confirmed, shift.getId());
        assertTrue(shift.getTitle().contains("moves from open to (+1) to opposes (-1)"), shift.getTitle());
        String content = shift.getContents().get(0).getValue();
        assertTrue(content.contains(WatchFixture.QUOTE_AFTER) && content.contains(WatchFixture.QUOTE_BEFORE), content);
        assertTrue(content.contains("2 February 2026 (date precision: day)"), content);
        assertEquals("Emmanuel Macron", shift.getAuthors().get(0).getName());
        assertTrue(((Link) shift.getAlternateLinks().get(0)).getHref().contains("statement=" + confirmed));
        assertTrue(shift.getOtherLinks().stream().anyMatch(l -> ((Link) l).getHref().equals("https://example.org/" + topic)),
                "links to the source");
        assertTrue(feed.getEntries().get(1).getId().startsWith("urn:stanceline:statement:"));

        assertEquals(1, parse(given().queryParam("kinds", "shift").get("/feeds/" + topic + ".atom").asString())
                .getEntries().size());
        List<Entry> statements = parse(given().queryParam("kinds", "statement").get("/feeds/" + topic + ".atom")
                .asString()).getEntries();
        assertEquals("urn:stanceline:statement:" + confirmed, statements.get(0).getId());
        assertEquals(0, parse(given().queryParam("actors", "moscow").get("/feeds/" + topic + ".atom").asString())
                .getEntries().size());
    }

    @Test
    void shouldWriteTheDateAtItsPrecision() throws Exception {
        String topic = TestData.ensureTopic("test-watch-feed-month");
        WatchFixture.paris(topic, "2026-01-01", "month", 1, 0, "confirmed", "France is open to a presence.");
        String content = parse(given().get("/feeds/" + topic + ".atom").asString()).getEntries().get(0)
                .getContents().get(0).getValue();
        assertTrue(content.contains("January 2026 (date precision: month)"), content);
    }

    @Test
    void shouldAnswerConditionalRequests() {
        String topic = TestData.ensureTopic("test-watch-feed-cache");
        WatchFixture.paris(topic, "2026-01-05", 1, 0, "confirmed", "France keeps its word.");
        Response first = given().get("/feeds/" + topic + ".atom");
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertTrue(etag != null && lastModified != null, first.headers().toString());
        given().header("If-None-Match", etag).get("/feeds/" + topic + ".atom").then().statusCode(304);
        given().header("If-Modified-Since", lastModified).get("/feeds/" + topic + ".atom").then().statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").get("/feeds/" + topic + ".atom")
                .then().statusCode(200);
    }

    @Test
    void shouldAnswerUnknownTopicsAndKindsWithProblems() {
        given().get("/feeds/no-such-topic.atom").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", containsString("no-such-topic"));
        given().queryParam("kinds", "everything").get("/feeds/troops.atom").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("detail", containsString("kinds"));
        given().queryParam("actors", "atlantis").get("/feeds/troops.atom").then().statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    static Feed parse(String xml) throws Exception {
        WireFeedInput input = new WireFeedInput();
        return (Feed) input.build(new StringReader(xml));
    }
}
