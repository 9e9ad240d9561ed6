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

    /**
     * What the troops briefing of the demo corpus for {@link #FROM} to {@link #TO} says, written down once from
     * data/ (not from {@code BriefingService}): each actor's name and position, its bottom line, and quotes from the latest statements
     * and a shift.
     */
    static final List<String> BOTTOM_LINES = List.of(
            "Moscow threatens (\u22122)",
            "First statement in the week of 17 February 2025. Back at \u201Cthreatens\u201D after 9 shifts; "
                    + "latest change on 8 January 2026.",
            "London commits (+2)",
            "First statement on 16 February 2025. Unchanged since. Last statement 322 days before the end of the period.",
            "Paris commits (+2)",
            "First statement on 19 February 2025. Moved towards support: from \u201Copen to\u201D (+1) to "
                    + "\u201Ccommits\u201D (+2), 1 shift; latest change in March 2025. Last statement 320 days before "
                    + "the end of the period.",
            "Washington open to (+1)",
            "First statement on 6 January 2026. Unchanged since.",
            "Kyiv commits (+2)",
            "Unchanged over the period, \u201Ccommits\u201D since 21 January 2025. Last statement 375 days before "
                    + "the end of the period.",
            "Copenhagen open to (+1)",
            "First statement on 10 March 2025. Unchanged since. Last statement 327 days before the end of the period.");
    static final List<String> QUOTES = List.of(
            "All such units and facilities will be considered legitimate military targets for the Russian Armed Forces",
            "on the land, at sea, and in the sky",
            "That means war with NATO. Consult with Trump, scumbags",
            "However, it falls short of the 200,000 troops that Ukrainian President Zelensky believes are necessary");
    static final String FIRST_SHIFT = "from \u201Cthreatens\u201D (\u22122) to \u201Copposes\u201D (\u22121)";
    static final int KEY_STATEMENTS = 12;

    @Test
    void shouldRenderAPdfWhoseTextHoldsActorsBottomLinesAndQuotes() throws Exception {
        byte[] pdf = given().queryParam("from", FROM).queryParam("to", TO).get("/briefings/troops.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        save("briefing-troops.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2);
            String text = flat(new PDFTextStripper().getText(doc));
            save("briefing-troops.pdf.txt", text.getBytes(StandardCharsets.UTF_8));
            ACTORS.forEach(actor -> assertTrue(text.contains(actor), actor));
            BOTTOM_LINES.forEach(line -> assertTrue(text.contains(flat(line)), "bottom line: " + line));
            QUOTES.forEach(quote -> assertTrue(text.contains(flat(quote)), "quote: " + quote));
            assertTrue(text.contains(FIRST_SHIFT), "the first shift's headline");
            assertTrue(text.contains("Munich Security Conference (Kellogg)"), "an event of the period");
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
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = flat(extractor.getText());
            ACTORS.forEach(actor -> assertTrue(text.contains(actor), actor));
            BOTTOM_LINES.forEach(line -> assertTrue(text.contains(flat(line)), "bottom line: " + line));
            QUOTES.forEach(quote -> assertTrue(text.contains(flat(quote)), "quote: " + quote));
            assertTrue(text.contains(FIRST_SHIFT), "the first shift's headline");
            assertEquals(1, doc.getAllPictures().size(), "the chart picture");
            assertTrue(doc.getTables().size() >= 4);
            assertEquals(KEY_STATEMENTS + 1, doc.getTables().get(1).getRows().size(), "key statements and a header row");
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
