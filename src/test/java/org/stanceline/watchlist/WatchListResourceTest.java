package org.stanceline.watchlist;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.stanceline.TestData;
import org.stanceline.watch.WatchFixture;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ADMIN;
import static org.stanceline.TestUsers.ADMIN_PASSWORD;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/**
 * Per-account watch lists over real HTTP, and the personal Atom feed they make, parsed with ROME as a feed reader
 * would: watching Paris, then confirming a statement that changes Paris's position, puts a shift entry in it.
 */
@QuarkusTest
public class WatchListResourceTest {

    @Test
    void shouldPutAConfirmedParisShiftIntoTheFeedOfAViewerWhoWatchesParis() throws Exception {
        String viewer = newAccount("viewer");
        as(viewer).get("/api/me/watches").then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("user", equalTo(viewer)).body("watches", hasSize(0)).body("feedPath", nullValue())
                .body("webhooks", endsWith("/api/webhooks"));
        long watchId = as(viewer).contentType(ContentType.JSON).body(Map.of("actor", "paris"))
                .post("/api/me/watches").then().statusCode(201).body("kind", equalTo("actor"))
                .body("key", equalTo("paris")).body("name", equalTo("Paris")).extract().jsonPath().getLong("id");
        String feedPath = as(viewer).get("/api/me/watches").then().statusCode(200)
                .body("watches[0].id", equalTo((int) watchId)).body("feedPath", startsWith("/feeds/watch/"))
                .body("feedUrl", endsWith(".atom")).extract().path("feedPath");

        // Before: every entry is Paris's, and the new statement is not there yet.
        String topic = TestData.ensureTopic("test-watchlist-paris");
        Response before = given().get(feedPath);
        before.then().statusCode(200).contentType(containsString("application/atom+xml"))
                .header("Cache-Control", startsWith("private"));
        Feed feed = parse(before.asString());
        assertTrue(feed.getTitle().contains("Named viewer"), feed.getTitle());
        assertFalse(feed.getEntries().isEmpty(), "the corpus has Paris statements");
        feed.getEntries().forEach(e -> assertTrue(terms(e).contains("paris"), e.getId() + " " + terms(e)));

        LocalDate today = LocalDate.now();
        WatchFixture.paris(topic, today.minusDays(3).toString(), 1, 0, "confirmed", WatchFixture.QUOTE_BEFORE);
        long after = WatchFixture.paris(topic, today.minusDays(1).toString(), -1, 1, "proposed",
                WatchFixture.QUOTE_AFTER);
        assertTrue(parse(given().get(feedPath).asString()).getEntries().stream()
                .noneMatch(e -> e.getId().endsWith(":" + after)), "a proposal is not in the feed");
        WatchFixture.confirm(after);

        // The reader revalidates with its old tag and gets the new feed, the shift first (newest said).
        Response changed = given().header("If-None-Match", before.header("ETag")).get(feedPath);
        changed.then().statusCode(200);
        Entry shift = parse(changed.asString()).getEntries().get(0);
        assertEquals("urn:stanceline:shift:" + after, shift.getId());
        assertTrue(shift.getTitle().contains("Paris moves from open to (+1) to opposes (-1)"), shift.getTitle());
        String content = shift.getContents().get(0).getValue();
        assertTrue(content.contains(WatchFixture.QUOTE_AFTER) && content.contains(WatchFixture.QUOTE_BEFORE), content);
        given().header("If-None-Match", changed.header("ETag")).get(feedPath).then().statusCode(304);

        // kinds=shift: shifts only, still this shift first.
        Feed shifts = parse(given().queryParam("kinds", "shift").get(feedPath).asString());
        assertEquals("urn:stanceline:shift:" + after, shifts.getEntries().get(0).getId());
        shifts.getEntries().forEach(e -> assertTrue(e.getId().startsWith("urn:stanceline:shift:"), e.getId()));
    }

    @Test
    void shouldWidenTheFeedWithAWatchedQuestionAndRetagIt() throws Exception {
        String viewer = newAccount("viewer");
        watch(viewer, "actor", "paris");
        String feedPath = as(viewer).get("/api/me/watches").then().extract().path("feedPath");
        Response parisOnly = given().get(feedPath);
        watch(viewer, "topic", "troops");
        Response widened = given().header("If-None-Match", parisOnly.header("ETag")).get(feedPath);
        widened.then().statusCode(200);
        assertNotEquals(parisOnly.header("ETag"), widened.header("ETag"), "a new watch list is a new tag");
        List<Entry> entries = parse(widened.asString()).getEntries();
        assertTrue(entries.stream().anyMatch(e -> !terms(e).contains("paris")),
                "the troops question brings other capitals' statements");
        assertTrue(entries.stream().anyMatch(e -> terms(e).contains("paris")));
    }

    @Test
    void shouldTreatADuplicateWatchAsTheExistingOne() {
        String viewer = newAccount("viewer");
        long first = watch(viewer, "topic", "troops");
        long again = as(viewer).contentType(ContentType.JSON).body(Map.of("topic", "troops")).post("/api/me/watches")
                .then().statusCode(200).body("name", containsString("?")).extract().jsonPath().getLong("id");
        assertEquals(first, again);
        as(viewer).get("/api/me/watches").then().body("watches", hasSize(1));
    }

    @Test
    void shouldRefuseBadWatchesWithProblemsNamingTheField() {
        String viewer = newAccount("viewer");
        as(viewer).contentType(ContentType.JSON).body(Map.of("topic", "no-such-question")).post("/api/me/watches")
                .then().statusCode(404).contentType(PROBLEM_JSON).body("field", equalTo("topic"))
                .body("detail", containsString("no-such-question"));
        as(viewer).contentType(ContentType.JSON).body(Map.of("actor", "atlantis")).post("/api/me/watches")
                .then().statusCode(404).contentType(PROBLEM_JSON).body("field", equalTo("actor"));
        as(viewer).contentType(ContentType.JSON).body(Map.of()).post("/api/me/watches")
                .then().statusCode(422).contentType(PROBLEM_JSON).body("field", equalTo("topic"));
        as(viewer).contentType(ContentType.JSON).body(Map.of("topic", "troops", "actor", "paris"))
                .post("/api/me/watches").then().statusCode(422).contentType(PROBLEM_JSON);
        as(viewer).get("/api/me/watches").then().body("watches", hasSize(0));
        given().get("/api/me/watches").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("actor", "paris")).post("/api/me/watches")
                .then().statusCode(401);
    }

    @Test
    void shouldNotLetOneAccountDeleteAnothersWatch() {
        String owner = newAccount("viewer");
        String other = newAccount("analyst");
        long id = watch(owner, "actor", "moscow");
        as(other).delete("/api/me/watches/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
        as(owner).get("/api/me/watches").then().body("watches", hasSize(1));
        as(owner).delete("/api/me/watches/" + id).then().statusCode(204);
        as(owner).delete("/api/me/watches/" + id).then().statusCode(404);
        as(owner).get("/api/me/watches").then().body("watches", hasSize(0));
    }

    @Test
    void shouldRotateTheFeedAddress() throws Exception {
        String viewer = newAccount("viewer");
        watch(viewer, "actor", "paris");
        String old = as(viewer).get("/api/me/watches").then().extract().path("feedPath");
        given().get(old).then().statusCode(200);
        String rotated = as(viewer).post("/api/me/watches/token").then().statusCode(200)
                .body("feedPath", not(equalTo(old))).body("watches", hasSize(1)).extract().path("feedPath");
        given().get(old).then().statusCode(404).contentType(PROBLEM_JSON);
        assertFalse(parse(given().get(rotated).asString()).getEntries().isEmpty());
        given().get("/feeds/watch/not-a-token.atom").then().statusCode(404).contentType(PROBLEM_JSON);
        given().queryParam("kinds", "everything").get(rotated).then().statusCode(400).contentType(PROBLEM_JSON);
    }

    private static long watch(String user, String kind, String key) {
        return as(user).contentType(ContentType.JSON).body(Map.of(kind, key)).post("/api/me/watches").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<String> terms(Entry e) {
        return e.getCategories().stream().map(c -> ((Category) c).getTerm()).toList();
    }

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, "pw-" + user);
    }

    static String newAccount(String role) {
        String username = role + "-" + Long.toString(System.nanoTime(), 36);
        given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "Named " + role, "role", role,
                        "password", "pw-" + username))
                .post("/api/accounts").then().statusCode(201);
        return username;
    }

    static Feed parse(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(xml));
    }
}
