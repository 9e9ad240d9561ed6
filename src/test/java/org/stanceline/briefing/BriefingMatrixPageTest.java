package org.stanceline.briefing;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/**
 * The briefing's optional matrix page, read back from the PDF (PDFBox) and the DOCX (POI). The expected cells
 * were worked out by hand from the demo corpus (data/statements), not from the code: on 31 January 2026 Paris
 * commits (+2) on troops since its statement of the week of 17 March 2025 (its last change, +1 → +2, was its
 * March 2025 statement) and advocates (+2) on guarantees since March 2025; Moscow threatens (−2) on troops since
 * 8 January 2026 and dismisses (−1) defence spending since the week of 8 December 2025, not stale (54 days).
 */
@QuarkusTest
public class BriefingMatrixPageTest {

    static final String QUERY = "?from=2025-01-01&to=2026-01-31&actors=moscow,paris&includeMatrix=true";
    static final String TROOPS_QUESTION = "Should Western (European / NATO-country) troops deploy in Ukraine to "
            + "secure a ceasefire or peace settlement?";

    /** Every fixed expectation, in reading order of a row: position, then date · change · staleness. */
    static final List<String> EXPECTED = List.of(
            "Every question at a glance", "Positions on 31 January 2026",
            "commits (+2)", "wk of 17 Mar 2025 · changed Mar 2025 · stale",
            "advocates (+2)", "Mar 2025 · unchanged · stale",
            "threatens (\u22122)", "8 Jan 2026",
            "dismisses (\u22121)", "wk of 8 Dec 2025 · unchanged",
            "blocks (\u22122)", "no position",
            "Stale: the statement is more than 90 days old on 31 January 2026.");

    @Test
    void shouldPutTheMatrixOnThePdfsFirstPage() throws Exception {
        byte[] pdf = given().get("/briefings/troops.pdf" + QUERY).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        BriefingResourceTest.save("briefing-troops-matrix.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = BriefingResourceTest.flat(stripper.getText(doc));
            EXPECTED.forEach(e -> assertTrue(first.contains(e), "page 1 says '" + e + "': " + first));
            assertTrue(first.contains(TROOPS_QUESTION) && first.contains("Paris") && first.contains("Moscow"), first);
            assertFalse(first.contains("wk of 8 Dec 2025 · unchanged · stale"), "54 days old is not stale");
            assertFalse(first.contains("Bottom line"), "the briefing itself starts on the next page");
            assertTrue(BriefingResourceTest.flat(new PDFTextStripper().getText(doc)).contains("Bottom line"));
        }
        byte[] plain = given().get("/briefings/troops.pdf?from=2025-01-01&to=2026-01-31&actors=paris,moscow")
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(plain)) {
            assertFalse(new PDFTextStripper().getText(doc).contains("Every question at a glance"), "off by default");
        }
    }

    @Test
    void shouldPutTheMatrixTablesBeforeTheBriefingInTheDocx() throws Exception {
        byte[] docx = given().get("/briefings/troops.docx" + QUERY).then().statusCode(200).extract().asByteArray();
        BriefingResourceTest.save("briefing-troops-matrix.docx", docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> before = new ArrayList<>();
            XWPFTable matrix = null;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e.getElementType() == BodyElementType.PARAGRAPH) {
                    String text = ((XWPFParagraph) e).getText();
                    if (text.equals("Bottom line")) {
                        break;
                    }
                    before.add(text);
                } else if (e.getElementType() == BodyElementType.TABLE && matrix == null) {
                    matrix = (XWPFTable) e;
                }
            }
            assertEquals("Every question at a glance", before.get(0));
            assertTrue(before.contains("Positions on 31 January 2026"), before.toString());
            assertTrue(matrix != null, "the matrix table comes before the bottom line");
            assertEquals(List.of("Question", "Moscow", "Paris"), cells(matrix, 0));
            List<String> troops = rowOf(matrix, "troops deploy");
            assertEquals(TROOPS_QUESTION, troops.get(0));
            assertEquals("threatens (\u22122)", troops.get(1).lines().findFirst().orElse(""));
            assertTrue(troops.get(1).contains("8 Jan 2026"), troops.get(1));
            assertEquals("commits (+2)\nwk of 17 Mar 2025 · changed Mar 2025 · stale", troops.get(2));
            List<String> spending = rowOf(matrix, "defence spending");
            assertEquals("dismisses (\u22121)\nwk of 8 Dec 2025 · unchanged", spending.get(1));
            assertEquals("no position", spending.get(2));
            assertEquals("advocates (+2)\nMar 2025 · unchanged · stale", rowOf(matrix, "security guarantees").get(2));
            assertEquals("B35806", matrix.getRow(1).getCell(1).getColor().toUpperCase(), "threatens: dark orange");
        }
    }

    @Test
    void shouldPutTheMatrixFirstInHtmlAndMarkdown() {
        String html = given().get("/briefings/troops.html" + QUERY).then().statusCode(200).extract().asString();
        assertTrue(html.indexOf("Every question at a glance") < html.indexOf("Bottom line"), "matrix first");
        assertTrue(html.contains("wk of 17 Mar 2025 · changed Mar 2025 · stale"));
        String md = given().get("/briefings/troops.md" + QUERY).then().statusCode(200).extract().asString();
        assertTrue(md.startsWith("# Every question at a glance\n\nPositions on 31 January 2026"), md);
        assertTrue(md.contains("| Question | Moscow | Paris |"), md);
        assertTrue(md.contains("**commits (+2)**<br>wk of 17 Mar 2025 · changed Mar 2025 · stale"), md);
        assertTrue(md.indexOf("## Bottom line") > md.indexOf("Every question at a glance"));
        given().get("/briefings/troops.md?includeMatrix=yes").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("includeMatrix"));
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    /** The row whose question mentions these words (the corpus's questions are known, see data/topics.json). */
    private static List<String> rowOf(XWPFTable table, String words) {
        for (int i = 1; i < table.getNumberOfRows(); i++) {
            List<String> row = cells(table, i);
            if (row.get(0).toLowerCase().contains(words)) {
                return row;
            }
        }
        throw new AssertionError("no row about " + words);
    }
}
