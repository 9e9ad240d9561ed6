package org.stanceline.export;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.PROBLEM_JSON;

@QuarkusTest
class StatementExportTest {

    @BeforeEach
    void fixture() {
        ExportFixture.ensure();
    }

    @Test
    void shouldNeutraliseFormulasInEveryTextCell() throws Exception {
        byte[] body = given().queryParam("topic", ExportFixture.TOPIC).get("/api/export/statements.csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(body, 3),
                "UTF-8 byte order mark for Excel");
        List<CSVRecord> rows = parse(body);
        assertEquals(ExportFixture.QUOTES.size(), rows.size());
        Map<String, CSVRecord> byQuote = rows.stream().collect(Collectors.toMap(r -> r.get("quote"), r -> r));
        assertTrue(byQuote.containsKey("'" + ExportFixture.HYPERLINK), "=HYPERLINK(...) becomes text");
        assertTrue(byQuote.containsKey("'" + ExportFixture.PLUS_CMD), "+cmd becomes text");
        assertTrue(byQuote.containsKey("'" + ExportFixture.AT_SUM), "@SUM becomes text");
        assertTrue(byQuote.containsKey("'" + ExportFixture.MINUS), "-2+3 becomes text");
        assertTrue(byQuote.containsKey("'" + ExportFixture.TAB), "a leading tab becomes text");
        assertTrue(byQuote.containsKey(ExportFixture.PLAIN), "quotes, commas and line breaks survive RFC 4180");
        for (CSVRecord row : rows) {
            assertEquals("'" + ExportFixture.TITLE, row.get("source_title"));
            assertEquals("'@outlet", row.get("source_outlet"));
            assertEquals("'=cue", row.get("cues"));
            assertEquals("-2", row.get("stance"), "numbers stay numbers");
            assertTrue(Integer.parseInt(row.get("span_end")) > Integer.parseInt(row.get("span_start")));
            assertEquals("https://example.org/export-fixture", row.get("source_url"));
        }
    }

    @Test
    void shouldExportEveryMatchingStatementWithProvenance() throws Exception {
        int total = given().queryParam("topic", "troops").queryParam("size", "1").get("/api/statements")
                .jsonPath().getInt("total");
        List<CSVRecord> rows = parse(given().queryParam("topic", "troops").get("/api/export/statements.csv")
                .then().statusCode(200).extract().asByteArray());
        assertEquals(total, rows.size(), "all pages, not just the first");
        assertEquals(StatementExportService.COLUMNS, rows.get(0).getParser().getHeaderNames());
        assertTrue(rows.stream().allMatch(r -> !r.get("source_id").isEmpty() && !r.get("source_title").isEmpty()
                && !r.get("span_start").isEmpty() && !r.get("span_end").isEmpty()), "provenance on every row");
        assertTrue(rows.stream().anyMatch(r -> r.get("source_url").startsWith("http")), "source addresses");

        given().queryParam("topic", "troops").queryParam("actor", "moscow").get("/api/export/statements.json")
                .then().statusCode(200)
                .body("total", equalTo(given().queryParam("topic", "troops").queryParam("actor", "moscow")
                        .get("/api/statements").jsonPath().getInt("total")))
                .body("items[0].source.title", org.hamcrest.Matchers.notNullValue())
                .body("items[0].span.start", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldRejectBadFiltersWithTheListsErrors() {
        given().queryParam("from", "yesterday").get("/api/export/statements.csv")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("'from'"));
        given().queryParam("status", "maybe").get("/api/export/statements.json")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("'status'"));
    }

    static List<CSVRecord> parse(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }
}
