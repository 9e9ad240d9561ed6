package org.stanceline.chart;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Snapshot of the SVG's structure for the stored chart model (ChartModelFixture, no database): element names, series groups and
 * texts in document order, without coordinates. A changed drawing shows up as a diff of the stored outline.
 * A missing or different snapshot fails; only {@code -Dstanceline.update-snapshots=true} writes it, so a fresh
 * checkout cannot pass by writing its own oracle.
 */
class ChartSnapshotTest {

    static final Path SNAPSHOT = Path.of("src/test/resources/snapshots/timeline-chart.outline.txt");

    /** The system property that lets the test (re)write its snapshot. */
    static final String UPDATE = "stanceline.update-snapshots";

    static ChartModel fixedState() {
        return ChartModelFixture.stored();
    }

    @Test
    void shouldKeepTheSvgStructure() throws Exception {
        String svg = new ChartRenderer().svg(fixedState(),
                new ChartRenderer.Options(960, 540, ChartRenderer.Theme.LIGHT, 1));
        String outline = String.join("\n", outline(svg)) + "\n";
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, outline);
        }
        assertTrue(Files.exists(SNAPSHOT), SNAPSHOT + " is missing: run this test with -D" + UPDATE + "=true to write "
                + "it, and review the file before committing it");
        assertEquals(Files.readString(SNAPSHOT), outline, "the SVG outline changed; if that is intended, run with -D"
                + UPDATE + "=true and review the diff");
    }

    static List<String> outline(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        List<String> lines = new ArrayList<>();
        walk(doc.getDocumentElement(), 0, lines);
        return lines;
    }

    private static void walk(Element e, int depth, List<String> lines) {
        String id = e.getAttribute("id");
        StringBuilder line = new StringBuilder("  ".repeat(depth)).append(e.getLocalName());
        if (id.startsWith("sl-series-") || id.startsWith("sl-stale-")) {
            line.append(" #").append(id);
        }
        if (e.getLocalName().equals("text")) {
            line.append(" \"").append(e.getTextContent()).append('"');
        }
        // Runs of identical siblings (line segments, clip paths) collapse to one line with a count.
        if (!lines.isEmpty() && lines.get(lines.size() - 1).replaceFirst(" ×\\d+$", "").equals(line.toString())) {
            String last = lines.remove(lines.size() - 1);
            int count = last.matches(".* ×\\d+$") ? Integer.parseInt(last.replaceFirst(".* ×", "")) : 1;
            lines.add(line + " ×" + (count + 1));
        } else {
            lines.add(line.toString());
        }
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element c) {
                walk(c, depth + 1, lines);
            }
        }
    }
}
