package org.stanceline.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/** .pdf and .docx uploads: their text is stored, and proposals' spans hold their quotes in it. */
@QuarkusTest
class DocumentUploadTest {

    private static final String LAVROV = "Russian Foreign Minister Sergey Lavrov said on Monday that any Western troops"
            + " in Ukraine would be legitimate targets.";
    private static final String STARMER = "\"We are ready to send troops to Ukraine,\" Starmer told reporters.";

    @Test
    void shouldProposeStatementsFromAnUploadedPdf() throws Exception {
        JsonPath created = upload("briefing.pdf", pdf("PDF briefing " + System.nanoTime(), LAVROV, STARMER),
                "application/pdf");
        assertProposalsHoldTheirQuotes(created);
        assertTrue(created.getList("proposed.speaker.key", String.class).contains("lavrov"), created.prettify());
    }

    @Test
    void shouldProposeStatementsFromAnUploadedDocx() throws Exception {
        JsonPath created = upload("note.docx", docx("Word note " + System.nanoTime(), LAVROV, STARMER),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertProposalsHoldTheirQuotes(created);
        assertTrue(created.getList("proposed.speaker.key", String.class).contains("starmer"), created.prettify());
    }

    @Test
    void shouldRejectAnUnreadableDocxNamingTheFile() {
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD)
                .multiPart("file", "broken.docx", new byte[]{80, 75, 3, 4, 0, 0}, "application/octet-stream")
                .post("/api/sources").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("broken.docx"));
    }

    private static JsonPath upload(String name, byte[] bytes, String type) {
        return given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).multiPart("file", name, bytes, type)
                .multiPart("publishedOn", "2025-06-10").post("/api/sources").then().statusCode(201).extract().jsonPath();
    }

    private static void assertProposalsHoldTheirQuotes(JsonPath created) {
        List<Map<String, Object>> proposed = created.getList("proposed");
        assertFalse(proposed.isEmpty(), created.prettify());
        String text = given().get("/api/sources/" + created.getLong("id")).then().statusCode(200).extract().path("text");
        for (Map<String, Object> p : proposed) {
            @SuppressWarnings("unchecked") Map<String, Integer> span = (Map<String, Integer>) p.get("span");
            assertEquals(p.get("quote"), text.substring(span.get("start"), span.get("end")));
        }
    }

    private static byte[] pdf(String title, String... paragraphs) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                cs.setLeading(14);
                cs.newLineAtOffset(40, 740);
                cs.showText(title);
                for (String p : paragraphs) {
                    cs.newLine();
                    cs.newLine();
                    cs.showText(p);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String title, String... paragraphs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(title);
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
