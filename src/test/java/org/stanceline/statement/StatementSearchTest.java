package org.stanceline.statement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.stanceline.TestData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/** Text search through the full-text index, keyset paging and the list's limits, over real HTTP. */
@QuarkusTest
public class StatementSearchTest {

    @Test
    void shouldFindAQuoteByAnyOfItsWordsWhateverTheCase() {
        String word = uniqueWord();
        long id = addStatement("We will never accept the " + word + " proposal.", "lavrov");
        assertEquals(List.of(id), ids(Map.of("q", word.toUpperCase())));
        assertEquals(List.of(id), ids(Map.of("q", "Proposal " + word)), "words in any order, all required");
        assertEquals(List.of(), ids(Map.of("q", word + " nonexistentwordxyz")), "every word must match");
        assertEquals(List.of(id), ids(Map.of("q", word.substring(0, word.length() - 3) + "*")), "prefix with *");
        assertEquals(List.of(), ids(Map.of("q", word.substring(0, word.length() - 3))), "whole words without *");
    }

    @Test
    void shouldFindByTheSpeakersNameCombinedWithQuoteWordsAndFilters() {
        String word = uniqueWord();
        long id = addStatement("The " + word + " talks are over.", "lavrov");
        assertEquals(List.of(id), ids(Map.of("q", "lavrov " + word)), "one word in the name, one in the quote");
        assertEquals(List.of(), ids(Map.of("q", "medvedev " + word)), "another speaker's name");
        JsonPath byName = given().queryParam("q", "SERGEY Lavrov").queryParam("topic", TestData.SCRATCH_TOPIC)
                .queryParam("stance", -1).queryParam("size", 500)
                .get("/api/statements").then().statusCode(200).extract().jsonPath();
        assertTrue(byName.getList("items.id", Long.class).contains(id), "found by the speaker's name alone");
        assertTrue(byName.getList("items.speaker.key").stream().allMatch("lavrov"::equals));
        assertTrue(byName.getList("items.topic").stream().allMatch(TestData.SCRATCH_TOPIC::equals));
        assertEquals(List.of(), ids(Map.of("q", word, "stance", "2")), "other filters still apply");
        given().queryParam("q", "lavrov").queryParam("speaker", "lavrov").get("/api/statements").then()
                .statusCode(200).body("items.speaker.key", not(hasItem("medvedev")));
    }

    @Test
    void shouldFindAnEditedQuoteByItsNewWordsOnly() {
        String before = uniqueWord();
        String after = uniqueWord();
        String first = "We back the " + before + " plan.";
        String second = "We back the " + after + " plan.";
        Map<String, Object> source = StatementResourceTest.sourceWith("Minister said: \"" + first + "\" Later: \""
                + second + "\" The end.");
        String text = (String) source.get("text");
        int start = text.indexOf(first);
        long sourceId = ((Number) source.get("id")).longValue();
        long id = create(StatementResourceTest.statement(sourceId, first, start, start + first.length()));
        assertEquals(List.of(id), ids(Map.of("q", before)));

        int newStart = text.indexOf(second);
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("quote", second, "span", Map.of("start", newStart, "end", newStart + second.length())))
                .put("/api/statements/" + id).then().statusCode(200).body("quote", equalTo(second));
        assertEquals(List.of(id), ids(Map.of("q", after)));
        assertEquals(List.of(), ids(Map.of("q", before)));
    }

    @Test
    void shouldVisitEveryRowOnceInOrderFollowingTheCursor() {
        for (String sort : List.of("-date", "date", "stance", "-intensity", "actor", "speaker")) {
            Map<String, String> filters = Map.of("status", "any", "sort", sort);
            List<Long> all = given().queryParams(filters).queryParam("size", 500).get("/api/statements")
                    .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
            List<Long> visited = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                var request = given().queryParams(filters).queryParam("size", 37);
                if (after != null) {
                    request.queryParam("after", after);
                }
                JsonPath page = request.get("/api/statements").then().statusCode(200).extract().jsonPath();
                visited.addAll(page.getList("items.id", Long.class));
                assertTrue(page.getBoolean("totalExact"));
                after = page.getString("next");
                assertTrue(++pages < 1000, "the cursor must move on");
            } while (after != null);
            assertEquals(all, visited, "sort " + sort);
            assertEquals(visited.size(), new HashSet<>(visited).size(), "no row twice, sort " + sort);
        }
    }

    @Test
    void shouldEndWithoutCursorAndCountExactly() {
        String word = uniqueWord();
        long a = addStatement("First " + word + " remark.", "lavrov");
        long b = addStatement("Second " + word + " remark.", "lavrov");
        JsonPath page = given().queryParam("q", word).queryParam("size", 1).get("/api/statements").then()
                .statusCode(200).body("total", equalTo(2)).body("totalExact", equalTo(true)).extract().jsonPath();
        JsonPath last = given().queryParam("q", word).queryParam("size", 1).queryParam("after", page.getString("next"))
                .get("/api/statements").then().statusCode(200)
                .body("total", equalTo(2)).body("next", nullValue()).extract().jsonPath();
        assertEquals(List.of(b, a), List.of(page.getLong("items[0].id"), last.getLong("items[0].id")));
    }

    @Test
    void shouldRejectBadSearchAndPagingParametersNamingThem() {
        expectBadRequest(Map.of("q", "x".repeat(201)), "'q'");
        expectBadRequest(Map.of("q", "a b c d e f g h i j k"), "'q'");
        expectBadRequest(Map.of("after", "not-a-cursor"), "'after'");
        expectBadRequest(Map.of("page", "201", "size", "50"), "'page'");
        String next = given().queryParam("size", 1).get("/api/statements").jsonPath().getString("next");
        expectBadRequest(Map.of("after", next, "sort", "stance"), "'after'");
        expectBadRequest(Map.of("after", next, "page", "1"), "'page'");
        given().queryParam("q", "!!! ???").get("/api/statements").then().statusCode(200)
                .body("total", equalTo(0)).body("totalExact", equalTo(true));
    }

    static String uniqueWord() {
        return "zq" + Long.toString(System.nanoTime(), 36) + Long.toString((long) (Math.random() * 1e9), 36);
    }

    private static long addStatement(String quote, String speaker) {
        Map<String, Object> source = StatementResourceTest.sourceWith("Minister said: \"" + quote + "\" The end.");
        String text = (String) source.get("text");
        int start = text.indexOf(quote);
        Map<String, Object> body = new HashMap<>(StatementResourceTest.statement(((Number) source.get("id")).longValue(),
                quote, start, start + quote.length()));
        body.put("speaker", speaker);
        return create(body);
    }

    private static long create(Map<String, Object> body) {
        return given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON).body(body)
                .post("/api/statements").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Long> ids(Map<String, String> params) {
        return given().queryParams(params).queryParam("size", 500).get("/api/statements").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
    }

    private static void expectBadRequest(Map<String, String> params, String detailPart) {
        given().queryParams(params).get("/api/statements").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString(detailPart));
    }
}
