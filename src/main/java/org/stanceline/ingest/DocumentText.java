package org.stanceline.ingest;

import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.DomainException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The text of an uploaded .pdf or .docx, one paragraph per line, so that normalization, spans and
 * proposals work on it exactly as on a pasted article (spans index the stored, normalized text).
 */
final class DocumentText {

    private DocumentText() {
    }

    static String pdf(byte[] bytes, String fileName) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                throw unreadable(fileName, "PDF is encrypted");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // A PDF breaks lines inside paragraphs; only a paragraph break is a paragraph for the normalizer.
            stripper.setLineSeparator(" ");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n");
            return stripper.getText(doc);
        } catch (IOException e) {
            throw unreadable(fileName, "PDF (" + e.getMessage() + ")");
        }
    }

    static String docx(byte[] bytes, String fileName) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            out.append(cell.getText()).append('\n');
                        }
                    }
                }
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException pe) {
                throw pe;
            }
            throw unreadable(fileName, "Word document (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static DomainException unreadable(String fileName, String what) {
        return new Invalid("File '" + fileName + "' is not a readable " + what);
    }
}
