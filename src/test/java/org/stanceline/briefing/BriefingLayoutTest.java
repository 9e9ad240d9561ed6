package org.stanceline.briefing;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.stanceline.chart.ChartRenderer;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.briefing.BriefingResourceTest.FROM;
import static org.stanceline.briefing.BriefingResourceTest.TO;

/** Layout of the exported briefing: tables that do not break names, a chart axis that stops at the period's end. */
@QuarkusTest
class BriefingLayoutTest {

    @Inject
    BriefingService briefings;

    @Inject
    ChartRenderer charts;

    @Test
    void shouldNeverSplitAnActorNameInThePdfKeyStatementsTable() throws Exception {
        Briefing b = briefing();
        byte[] pdf = given().queryParam("from", FROM).queryParam("to", TO).get("/briefings/troops.pdf")
                .then().statusCode(200).extract().asByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        int header = text.indexOf("Date said");
        String table = text.substring(header, text.indexOf("Methodology", header));
        List<String> words = Arrays.asList(table.split("\\s+"));
        Map<String, Long> rowsByActor = b.keyStatements().stream()
                .collect(Collectors.groupingBy(Briefing.Citation::actor, Collectors.counting()));
        assertTrue(rowsByActor.containsKey("Copenhagen") && rowsByActor.containsKey("Washington"),
                "the long names are in the table: " + rowsByActor);
        rowsByActor.forEach((actor, rows) -> {
            long whole = words.stream().filter(actor::equals).count();
            assertTrue(whole >= rows, actor + " appears whole in each of its " + rows + " rows, found " + whole);
            words.stream().filter(w -> w.length() >= 3 && w.length() < actor.length() && actor.startsWith(w))
                    .findAny().ifPresent(w -> org.junit.jupiter.api.Assertions.fail(
                            actor + " is split after \"" + w + "\""));
        });
    }

    @Test
    void shouldEndTheChartAxisAtThePeriodEnd() throws Exception {
        Briefing b = briefing();
        assertEquals(LocalDate.parse(TO), b.chart().to());
        // The PDF draws this same chart (BriefingHtml.CHART) onto its page; the SVG's texts are its tick labels.
        String svg = charts.svgElement(b.chart(), BriefingHtml.CHART);
        Matcher ticks = Pattern.compile(">([A-Z][a-z]{2} \\d{4})</text>").matcher(svg);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
        YearMonth last = null;
        while (ticks.find()) {
            YearMonth tick = YearMonth.parse(ticks.group(1), month);
            last = last == null || tick.isAfter(last) ? tick : last;
        }
        assertEquals(YearMonth.of(2026, 1), last, "the last tick is the period's last month, not later");
        assertTrue(svg.contains(">Moscow</text>") && svg.contains(">Copenhagen</text>"),
                "the actors' names still label the lines' ends");
    }

    @Test
    void shouldGiveTheDocxBottomLineTextColumnMostOfTheWidth() throws Exception {
        byte[] docx = given().queryParam("from", FROM).queryParam("to", TO).get("/briefings/troops.docx")
                .then().statusCode(200).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable lines = doc.getTables().get(0);
            assertEquals("Change and latest statement", lines.getRow(0).getCell(2).getText());
            List<Long> grid = lines.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((BigInteger) c.getW()).longValue()).toList();
            assertEquals(3, grid.size());
            long total = grid.stream().mapToLong(Long::longValue).sum();
            assertTrue(grid.get(2) >= 0.6 * total, "text column ~64% as in the PDF: " + grid);
            assertTrue(grid.get(0) <= 0.2 * total && grid.get(1) <= 0.25 * total, "actor and position narrow: " + grid);
            assertEquals("fixed", lines.getCTTbl().getTblPr().getTblLayout().getType().toString(),
                    "fixed layout: Word and LibreOffice keep the widths instead of fitting to content");
            for (XWPFTableRow row : lines.getRows()) {
                for (int i = 0; i < 3; i++) {
                    assertEquals(grid.get(i), ((BigInteger) row.getCell(i).getCTTc().getTcPr().getTcW().getW())
                            .longValue(), "cell width = grid column in every row");
                }
            }
            XWPFTable key = doc.getTables().get(1);
            List<Long> keyGrid = key.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((BigInteger) c.getW()).longValue()).toList();
            assertEquals(5, keyGrid.size());
            assertEquals(keyGrid.stream().mapToLong(Long::longValue).max().orElseThrow(), keyGrid.get(3),
                    "the statement column is the widest of the key statements: " + keyGrid);
        }
    }

    private Briefing briefing() {
        return briefings.build("troops", List.of(), LocalDate.parse(FROM), LocalDate.parse(TO));
    }
}
