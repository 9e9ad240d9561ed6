package org.stanceline.briefing;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.PROBLEM_JSON;

@QuarkusTest
class BriefingResourceTest {

    static final String FROM = "2025-02-01";
    static final String TO = "2026-01-31";
    static final List<String> ACTORS = List.of("Moscow", "London", "Paris", "Washington", "Kyiv", "Copenhagen");

    @Inject
    BriefingService briefings;

    @Test
    void shouldWriteBottomLinesFromTheTimeline() {
        Briefing b = briefings.build("troops", List.of(), LocalDate.parse(FROM), LocalDate.parse(TO));
        assertEquals(6, b.bottomLines().size());
        Briefing.BottomLine moscow = b.bottomLines().stream().filter(l -> l.actor().equals("moscow")).findFirst()
                .orElseThrow();
        assertEquals(-2, moscow.stance());
        assertEquals("threatens", moscow.position());
        assertTrue(moscow.sentence().startsWith("Moscow: threatens (\u22122)."), moscow.sentence());
        assertNotNull(moscow.latest(), "the latest statement is quoted");
        assertTrue(b.shiftsInPeriod() > 0 && !b.shifts().isEmpty());
        b.shifts().forEach(s -> assertTrue(s.before().date().isBefore(s.after().date())
                || s.before().date().equals(s.after().date())));
        assertTrue(!b.keyStatements().isEmpty() && b.keyStatements().size() <= 12);
        assertTrue(b.methodology().confirmed() > 0);
    }

    @Test
    void shouldRenderAPdfWhoseTextHoldsActorsBottomLinesAndQuotes() throws Exception {
        byte[] pdf = given().queryParam("from", FROM).queryParam("to", TO).get("/briefings/troops.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        save("briefing-troops.pdf", pdf);
        Briefing b = briefings.build("troops", List.of(), LocalDate.parse(FROM), LocalDate.parse(TO));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2);
            String text = flat(new PDFTextStripper().getText(doc));
            ACTORS.forEach(actor -> assertTrue(text.contains(actor), actor));
            for (Briefing.BottomLine line : b.bottomLines()) {
                assertTrue(text.contains(flat(line.change())), "bottom line: " + line.change());
                if (line.latest() != null) {
                    assertTrue(text.contains(flat(line.latest().quote())), "latest quote: " + line.latest().quote());
                }
            }
            Briefing.Shift shift = b.shifts().get(0);
            assertTrue(text.contains(flat(shift.before().quote())) && text.contains(flat(shift.after().quote())),
                    "shift quotes, before and after");
            assertTrue(text.contains("Page 1 of " + doc.getNumberOfPages()), "page numbers");
            assertTrue(text.contains("Methodology") && text.contains("confirmed"));
        }
    }

    @Test
    void shouldRenderHtmlWithAnInlineSvgChart() throws Exception {
        String html = given().queryParam("from", FROM).queryParam("to", TO).queryParam("actors", "moscow,kyiv")
                .get("/briefings/troops.html").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        save("briefing-troops.html", html.getBytes(StandardCharsets.UTF_8));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength(),
                "the chart is inline SVG");
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("Moscow") && text.contains("Kyiv") && !text.contains("Copenhagen:"));
        assertTrue(text.contains("Key statements") && text.contains("Methodology"));
    }

    @Test
    void shouldRenderMarkdownAndDocx() throws Exception {
        String md = given().queryParam("from", FROM).queryParam("to", TO).get("/briefings/troops.md")
                .then().statusCode(200).contentType(containsString("text/markdown")).extract().asString();
        save("briefing-troops.md", md.getBytes(StandardCharsets.UTF_8));
        assertTrue(md.startsWith("# Should Western"));
        assertTrue(md.contains("## Bottom line") && md.contains("- **Moscow: threatens (\u22122).**"));
        assertTrue(md.contains("/charts/timeline.svg?topic=troops"), "chart linked as SVG");
        assertTrue(md.contains("| Date said | Actor | Speaker |"));

        byte[] docx = given().queryParam("from", FROM).queryParam("to", TO).get("/briefings/troops.docx")
                .then().statusCode(200).header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        save("briefing-troops.docx", docx);
        Briefing b = briefings.build("troops", List.of(), LocalDate.parse(FROM), LocalDate.parse(TO));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            ACTORS.forEach(actor -> assertTrue(text.contains(actor), actor));
            b.bottomLines().forEach(l -> assertTrue(text.contains(l.change()), l.change()));
            assertEquals(1, doc.getAllPictures().size(), "the chart picture");
            assertTrue(doc.getTables().size() >= 4);
            assertEquals(b.keyStatements().size() + 1, doc.getTables().get(1).getRows().size());
        }
    }

    @Test
    void shouldRejectUnknownFormatsAndTopics() {
        given().get("/briefings/troops.rtf").then().statusCode(404).contentType(PROBLEM_JSON);
        given().get("/briefings/nope.pdf").then().statusCode(404).contentType(PROBLEM_JSON);
        given().queryParam("from", "2026-02-01").queryParam("to", "2025-01-01").get("/briefings/troops.md")
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    static String flat(String text) {
        return text.replace('\u00AD', ' ').replaceAll("\\s+", " ").trim();
    }

    static void save(String name, byte[] bytes) throws Exception {
        Path dir = Path.of("target", "artefacts");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
