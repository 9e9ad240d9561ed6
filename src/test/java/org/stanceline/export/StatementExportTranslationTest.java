package org.stanceline.export;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;

/** A statement coded by hand on a French source leaves the CSV and JSON exports with its original words, language and translation. */
@QuarkusTest
class StatementExportTranslationTest {

    // Straight quotation marks: ingest turns guillemets into them, and the quote must be the stored text's words.
    static final String QUOTE = "la France n'enverra pas de soldats en Ukraine, \"ni maintenant, ni après la trêve\"";
    static final String TRANSLATION = "France will not send soldiers to Ukraine, \"neither now nor later\"";

    @Test
    void shouldExportTheOriginalQuoteWithItsLanguageAndTranslation() throws Exception {
        String text = "Le ministre a déclaré jeudi que " + QUOTE + ". Il a répété que la paix est possible. "
                + System.nanoTime();
        long source = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD)
                .contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/sources").then().statusCode(201).body("proposed.size()", equalTo(0))
                .extract().jsonPath().getLong("id");
        given().get("/api/sources/" + source).then().statusCode(200).body("language", equalTo("fr"));
        int at = text.indexOf(QUOTE);
        Map<String, Object> body = new HashMap<>(Map.of("sourceId", source, "speaker", "lavrov", "topic", "troops",
                "saidOn", "2025-03-06", "quote", QUOTE, "verbatim", true,
                "span", Map.of("start", at, "end", at + QUOTE.length()), "stance", -2, "intensity", 2));
        body.put("translation", TRANSLATION);
        body.put("quoteLanguage", "fr");
        long id = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType("application/json")
                .body(body).post("/api/statements").then().statusCode(201).extract().jsonPath().getLong("id");

        List<CSVRecord> rows = StatementExportTest.parse(given().queryParam("topic", "troops")
                .queryParam("source", source).get("/api/export/statements.csv")
                .then().statusCode(200).extract().asByteArray());
        CSVRecord row = rows.stream().filter(r -> r.get("id").equals(Long.toString(id))).findFirst().orElseThrow();
        assertEquals(QUOTE, row.get("quote"), "the quote stays in French, accents and quotation marks intact");
        assertEquals("fr", row.get("quote_language"));
        assertEquals(TRANSLATION, row.get("translation"), "quotes inside the translation survive RFC 4180");
        assertEquals(Integer.toString(at), row.get("span_start"));
        assertEquals(Integer.toString(at + QUOTE.length()), row.get("span_end"));
        assertEquals(Long.toString(source), row.get("source_id"));

        given().queryParam("topic", "troops").queryParam("source", source).get("/api/export/statements.json")
                .then().statusCode(200)
                .body("items.find { it.id == " + id + " }.quote", equalTo(QUOTE))
                .body("items.find { it.id == " + id + " }.quoteLanguage", equalTo("fr"))
                .body("items.find { it.id == " + id + " }.translation", equalTo(TRANSLATION));
    }

    @Test
    void shouldLeaveTheColumnsEmptyForEnglishQuotes() throws Exception {
        ExportFixture.ensure();
        List<CSVRecord> rows = StatementExportTest.parse(given().queryParam("topic", ExportFixture.TOPIC)
                .get("/api/export/statements.csv").then().statusCode(200).extract().asByteArray());
        for (CSVRecord row : rows) {
            assertEquals("", row.get("quote_language"));
            assertEquals("", row.get("translation"));
        }
    }
}
