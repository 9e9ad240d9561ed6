package org.stanceline.briefing;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.stanceline.briefing.BriefingResourceTest.FROM;
import static org.stanceline.briefing.BriefingResourceTest.TO;

/**
 * The DOCX as LibreOffice lays it out ({@code soffice --headless --convert-to pdf}): the bottom-line table's
 * text column is the wide one. Skipped where LibreOffice is not installed (.ci/run installs
 * libreoffice-writer-nogui).
 */
@QuarkusTest
class BriefingDocxLibreOfficeTest {

    record Word(String text, float x, float y, float pageWidth) {
    }

    @Test
    void shouldLayTheBottomLineTableOutWithAWideTextColumn() throws Exception {
        Path soffice = onPath("soffice");
        assumeTrue(soffice != null, "soffice (LibreOffice) is not installed");
        byte[] docx = given().queryParam("from", FROM).queryParam("to", TO).get("/briefings/troops.docx")
                .then().statusCode(200).extract().asByteArray();
        Path dir = Files.createDirectories(Path.of("target", "artefacts", "soffice"));
        Path in = dir.resolve("briefing-troops.docx");
        Files.write(in, docx);
        Path out = dir.resolve("briefing-troops.pdf");
        Files.deleteIfExists(out);
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice finished");
        assertEquals(0, p.exitValue(), "soffice exit code, see target/artefacts/soffice/soffice.log");
        assertTrue(Files.exists(out), "the converted PDF");

        List<Word> words = firstPageWords(Files.readAllBytes(out));
        Word position = header(words, "Position", "now");
        Word change = header(words, "Change", "and");
        Word actor = words.stream().filter(w -> w.text().equals("Actor") && Math.abs(w.y() - position.y()) < 2)
                .findFirst().orElseThrow(() -> new AssertionError("header 'Actor' beside 'Position now'"));
        float left = actor.x();
        float content = position.pageWidth() - 2 * left;
        float actorColumn = position.x() - actor.x();
        float positionColumn = change.x() - position.x();
        float textColumn = content - actorColumn - positionColumn;
        // Equal columns (the old layout) would give each a third of the width.
        assertTrue(textColumn > 0.55 * content, "text column " + textColumn + " of " + content);
        assertTrue(textColumn > 2.5 * positionColumn && textColumn > 2.5 * actorColumn,
                "actor " + actorColumn + ", position " + positionColumn + ", text " + textColumn);
    }

    private static Word header(List<Word> words, String first, String second) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).text().equals(first) && words.get(i + 1).text().equals(second)) {
                return words.get(i);
            }
        }
        throw new AssertionError("header '" + first + " " + second + "' on the first page");
    }

    private static List<Word> firstPageWords(byte[] pdf) throws IOException {
        List<Word> words = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float width = doc.getPage(0).getMediaBox().getWidth();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    int start = 0;
                    for (int i = 0; i <= text.length(); i++) {
                        if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                            if (i > start && start < positions.size()) {
                                TextPosition at = positions.get(start);
                                words.add(new Word(text.substring(start, i), at.getXDirAdj(), at.getYDirAdj(), width));
                            }
                            start = i + 1;
                        }
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        }
        return words;
    }

    private static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
