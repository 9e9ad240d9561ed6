package org.stanceline.export;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CSV keeps the ISO date for sorting and says how exactly it is known, in a column and in words. */
@QuarkusTest
class StatementExportPrecisionTest {

    @Test
    void shouldExportEachDateWithItsPrecision() throws Exception {
        byte[] body = given().queryParam("topic", "troops").get("/api/export/statements.csv")
                .then().statusCode(200).extract().asByteArray();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(body, StandardCharsets.UTF_8).substring(1))).getRecords();
        List<String> header = rows.get(0).getParser().getHeaderNames();
        assertEquals(header.indexOf("date") + 1, header.indexOf("precision"), "precision right after the date");
        assertEquals(header.indexOf("precision") + 1, header.indexOf("date_label"), "then the date in words");

        CSVRecord putin = row(rows, "Vladimir Putin", "2026-01-01");
        assertEquals("month", putin.get("precision"));
        assertEquals("January 2026", putin.get("date_label"));
        CSVRecord macron = rows.stream().filter(r -> r.get("speaker").equals("Emmanuel Macron")
                && r.get("precision").equals("week")).findFirst().orElseThrow();
        assertEquals("week of 17 March 2025", macron.get("date_label"));
        assertEquals("2025-03-17", macron.get("date"));
        CSVRecord day = rows.stream().filter(r -> r.get("precision").equals("day")
                && r.get("date").equals("2026-01-08")).findFirst().orElseThrow();
        assertEquals("8 January 2026", day.get("date_label"));
    }

    private static CSVRecord row(List<CSVRecord> rows, String speaker, String date) {
        return rows.stream().filter(r -> r.get("speaker").equals(speaker) && r.get("date").equals(date))
                .findFirst().orElseThrow();
    }
}
