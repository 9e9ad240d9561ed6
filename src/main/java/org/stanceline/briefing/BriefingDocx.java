package org.stanceline.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.stanceline.chart.ChartRenderer;
import org.stanceline.kernel.PrecisionDates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/** The briefing as a Word document (Apache POI): headings, tables, the chart as a print-resolution PNG. */
@ApplicationScoped
public class BriefingDocx {

    static final String FONT = "Calibri";
    /** Text width of the page: 6.5 inches (Letter with 1-inch margins, Word's default), as the chart picture. */
    static final int TEXT_WIDTH_TWIPS = 9360;
    static final ChartRenderer.Options CHART = new ChartRenderer.Options(960, 540, ChartRenderer.Theme.LIGHT, 2);

    @Inject
    ChartRenderer charts;

    public byte[] docx(Briefing b) {
        return docx(b, null);
    }

    /** With the matrix (null for none) as the first page. */
    public byte[] docx(Briefing b, BriefingMatrix matrix) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (matrix != null) {
                BriefingMatrixDocx.write(doc, matrix);
            }
            heading(doc, b.question(), 18);
            text(doc.createParagraph(), "Briefing for " + b.period() + " · generated " + day(b.generatedOn())
                    + " · data as of " + day(b.methodology().dataAsOf()), 9, false);
            if (b.description() != null) {
                text(doc.createParagraph(), b.description(), 10, false);
            }

            heading(doc, "Bottom line", 13);
            XWPFTable lines = table(doc, List.of("Actor", "Position now", "Change and latest statement"), 16, 20, 64);
            for (Briefing.BottomLine line : b.bottomLines()) {
                String latest = line.latest() == null ? "" : "\n" + quote(line.latest()) + "\n" + cite(line.latest());
                row(lines, line.name(), line.position() + (line.stance() == null ? ""
                        : " (" + BriefingService.signed(line.stance()) + ")"), line.change() + latest);
            }

            heading(doc, "Timeline", 13);
            byte[] png = charts.png(b.chart(), CHART);
            XWPFRun picture = doc.createParagraph().createRun();
            picture.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "timeline.png",
                    Units.toEMU(468), Units.toEMU(468.0 * CHART.height() / CHART.width()));
            for (Briefing.Event e : b.events()) {
                text(doc.createParagraph(), e.number() + ". " + day(e.date())
                        + (e.endDate() == null ? "" : " – " + day(e.endDate())) + ": " + e.label(), 8, false);
            }

            heading(doc, "Shifts", 13);
            if (b.shifts().isEmpty()) {
                text(doc.createParagraph(), "No shifts in the period.", 10, false);
            }
            for (Briefing.Shift s : b.shifts()) {
                text(doc.createParagraph(), s.name() + ", " + s.when() + ": " + s.headline(), 10, true);
                text(doc.createParagraph(), "Before (" + s.before().when() + ", " + s.before().position() + "): "
                        + quote(s.before()) + " — " + cite(s.before()), 9, false);
                text(doc.createParagraph(), "After (" + s.after().when() + ", " + s.after().position() + "): "
                        + quote(s.after()) + " — " + cite(s.after()), 9, false);
            }

            heading(doc, "Key statements", 13);
            XWPFTable key = table(doc, List.of("Date said", "Actor", "Speaker", "Statement", "Source"),
                    14, 14, 18, 32, 22);
            for (Briefing.Citation c : b.keyStatements()) {
                row(key, c.when(), c.actor(), c.speaker() + (c.role() == null ? "" : "\n" + c.role()),
                        quote(c) + "\n" + c.position() + " (" + BriefingService.signed(c.stance()) + "), intensity "
                                + c.intensity(),
                        String.join("\n", nonNull(c.outlet()), nonNull(c.title()), nonNull(c.url())).strip());
            }

            Briefing.Methodology m = b.methodology();
            heading(doc, "Methodology", 13);
            XWPFTable scale = table(doc, List.of("Stance", "Word", "Meaning"), 10, 22, 68);
            m.stanceScale().forEach(s -> row(scale, s.value(), s.word(), s.meaning()));
            XWPFTable intensity = table(doc, List.of("Intensity", "Word", "Meaning"), 10, 22, 68);
            m.intensityScale().forEach(s -> row(intensity, s.value(), s.word(), s.meaning()));
            text(doc.createParagraph(), "Cues. " + m.cues(), 9, false);
            text(doc.createParagraph(), "Rules. " + m.selection() + " A position is marked stale when its statement "
                    + "is more than " + m.staleAfterDays() + " days old.", 9, false);
            text(doc.createParagraph(), "Statements in the period for these actors: " + m.confirmed() + " confirmed, "
                    + m.proposed() + " proposed (awaiting review), " + m.rejected() + " rejected. Data as of "
                    + day(m.dataAsOf()) + ".", 9, false);
            text(doc.createParagraph(), "Source: Stanceline, " + b.permalink(), 9, false);

            pageNumbers(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("Could not write the DOCX briefing", e);
        }
    }

    static void heading(XWPFDocument doc, String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(size > 14 ? 0 : 240);
        p.setKeepNext(true);
        text(p, text, size, true);
    }

    static void text(XWPFParagraph p, String text, int size, boolean bold) {
        String[] lines = text.split("\n", -1);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    /**
     * A table with its columns at these percentages of the text width, as the PDF sets them. The widths go into
     * the grid and every cell, with a fixed layout: without them LibreOffice splits the width equally.
     */
    static XWPFTable table(XWPFDocument doc, List<String> headers, int... percents) {
        XWPFTable table = doc.createTable(1, headers.size());
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int percent : percents) {
            grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS * percent / 100));
        }
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < headers.size(); i++) {
            XWPFParagraph p = head.getCell(i).getParagraphs().get(0);
            text(p, headers.get(i), 9, true);
        }
        cellWidths(table, head);
        return table;
    }

    static void row(XWPFTable table, String... cells) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        for (int i = 0; i < cells.length; i++) {
            text(row.getCell(i).getParagraphs().get(0), cells[i] == null ? "" : cells[i], 9, false);
        }
        cellWidths(table, row);
    }

    /** Each cell as wide as its grid column (Word reads the cells, LibreOffice the grid). */
    private static void cellWidths(XWPFTable table, XWPFTableRow row) {
        List<CTTblGridCol> columns = table.getCTTbl().getTblGrid().getGridColList();
        for (int i = 0; i < columns.size() && i < row.getTableCells().size(); i++) {
            CTTc cell = row.getCell(i).getCTTc();
            CTTcPr pr = cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr();
            CTTblWidth width = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
            width.setType(STTblWidth.DXA);
            width.setW(columns.get(i).getW());
        }
    }

    private static void pageNumbers(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        text(p, "Stanceline briefing · page ", 8, false);
        var field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE \\* MERGEFORMAT");
        field.addNewR().addNewT().setStringValue("1"); // shown until the reader's program updates the field
    }

    private static String quote(Briefing.Citation c) {
        return (c.verbatim() ? "\u201C" + c.quote() + "\u201D" : c.quote() + " (reported)")
                + (c.translationLine() == null ? "" : " (" + c.translationLine() + ")");
    }

    private static String cite(Briefing.Citation c) {
        String ref = c.reference();
        return c.byline() + ", " + c.when() + (ref.isEmpty() ? "" : ", " + ref)
                + (c.url() == null ? "" : ", " + c.url());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Dates known to the day: the period, events, data as of. */
    private static String day(LocalDate date) {
        return date == null ? "" : PrecisionDates.day(date);
    }
}
