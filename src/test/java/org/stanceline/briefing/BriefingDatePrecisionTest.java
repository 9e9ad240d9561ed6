package org.stanceline.briefing;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.briefing.BriefingResourceTest.FROM;
import static org.stanceline.briefing.BriefingResourceTest.TO;
import static org.stanceline.briefing.BriefingResourceTest.flat;

/**
 * Dates in every briefing format as precise as they are known. Putin's "longstanding threat" is dated to the
 * month (2026-01-01, month) and Lavrov's "combatants … attacked" too (2025-03-01, month): neither may show as
 * the first of its month. Macron's "firmly behind Starmer" is known to the week of 17 March 2025.
 */
@QuarkusTest
class BriefingDatePrecisionTest {

    /** "1 Jan 2026" or "1 January 2026", but not the end of "31 Jan 2026". */
    static final Pattern PUTIN_AS_DAY = Pattern.compile("(?<!\\d)1 Jan(uary)? 2026");
    static final Pattern LAVROV_AS_DAY = Pattern.compile("(?<!\\d)1 Mar(ch)? 2025");
    /** The week-dated statement as a bare day, without "week of" before it. */
    static final Pattern MACRON_AS_DAY = Pattern.compile("(?<!week of )(?<!\\d)17 Mar(ch)? 2025");

    @Test
    void shouldShowMonthAndWeekDatesWithTheirPrecisionInMarkdown() {
        assertPrecise("Markdown", get("md"));
    }

    @Test
    void shouldShowMonthAndWeekDatesWithTheirPrecisionInHtml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        String html = get("html");
        String text = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement().getTextContent();
        assertPrecise("HTML", text);
    }

    @Test
    void shouldShowMonthAndWeekDatesWithTheirPrecisionInPdf() throws Exception {
        byte[] pdf = given().queryParam("from", FROM).queryParam("to", TO).get("/briefings/troops.pdf")
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertPrecise("PDF", new PDFTextStripper().getText(doc));
        }
    }

    @Test
    void shouldShowMonthAndWeekDatesWithTheirPrecisionInDocx() throws Exception {
        byte[] docx = given().queryParam("from", FROM).queryParam("to", TO).get("/briefings/troops.docx")
                .then().statusCode(200).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertPrecise("DOCX", extractor.getText());
        }
    }

    private static String get(String format) {
        return given().queryParam("from", FROM).queryParam("to", TO).get("/briefings/troops." + format)
                .then().statusCode(200).extract().asString();
    }

    static void assertPrecise(String format, String raw) {
        String text = flat(raw);
        assertTrue(text.contains("Vladimir Putin") && text.contains("Sergey Lavrov"), format + ": both are quoted");
        assertTrue(text.contains("January 2026"), format + ": Putin's statement dated \"January 2026\"");
        assertTrue(text.contains("March 2025"), format + ": Lavrov's statement dated \"March 2025\"");
        assertTrue(text.contains("week of 17 March 2025"), format + ": Macron's week");
        assertFalse(PUTIN_AS_DAY.matcher(text).find(), format + ": no \"1 January 2026\": " + around(text, PUTIN_AS_DAY));
        assertFalse(LAVROV_AS_DAY.matcher(text).find(), format + ": no \"1 March 2025\": " + around(text, LAVROV_AS_DAY));
        assertFalse(MACRON_AS_DAY.matcher(text).find(), format + ": no bare \"17 March 2025\": "
                + around(text, MACRON_AS_DAY));
    }

    private static String around(String text, Pattern pattern) {
        var m = pattern.matcher(text);
        return m.find() ? "…" + text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 20)) + "…"
                : "";
    }
}
