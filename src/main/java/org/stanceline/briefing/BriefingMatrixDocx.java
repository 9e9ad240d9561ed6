package org.stanceline.briefing;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.util.ArrayList;
import java.util.List;

/** The matrix page at the start of the Word briefing: one shaded table per group of capitals, then a page break. */
final class BriefingMatrixDocx {

    private BriefingMatrixDocx() {
    }

    static void write(XWPFDocument doc, BriefingMatrix m) {
        BriefingDocx.heading(doc, "Every question at a glance", 18);
        BriefingDocx.text(doc.createParagraph(), "Positions on " + BriefingMatrixPage.day(m.at()), 9, false);
        for (BriefingMatrix.Table t : m.tables()) {
            List<String> headers = new ArrayList<>(List.of("Question"));
            t.capitals().forEach(c -> headers.add(c.name()));
            int[] widths = new int[headers.size()];
            widths[0] = 28;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = 72 / t.capitals().size();
            }
            XWPFTable table = BriefingDocx.table(doc, headers, widths);
            for (BriefingMatrix.Row row : t.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.question()));
                row.cells().forEach(c -> cells.add(c.stance() == null ? c.position() : c.position() + "\n" + c.detail()));
                BriefingDocx.row(table, cells.toArray(String[]::new));
                XWPFTableRow added = table.getRow(table.getNumberOfRows() - 1);
                for (int i = 0; i < row.cells().size(); i++) {
                    BriefingMatrix.Cell c = row.cells().get(i);
                    XWPFTableCell cell = added.getCell(i + 1);
                    cell.setColor(c.fill().substring(1));
                    cell.getParagraphs().get(0).getRuns().forEach(r -> r.setColor(c.ink().substring(1)));
                }
            }
            doc.createParagraph();
        }
        BriefingDocx.text(doc.createParagraph(), m.legend(), 8, false);
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }
}
