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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Snapshot of the SVG's structure for a fixed chart state (no database): element names, series groups and
 * texts in document order, without coordinates. A changed drawing shows up as a diff of the stored outline.
 * A missing or different snapshot fails; only {@code -Dstanceline.update-snapshots=true} writes it, so a fresh
 * checkout cannot pass by writing its own oracle.
 */
class ChartSnapshotTest {

    static final Path SNAPSHOT = Path.of("src/test/resources/snapshots/timeline-chart.outline.txt");

    /** The system property that lets the test (re)write its snapshot. */
    static final String UPDATE = "stanceline.update-snapshots";

    static ChartState fixedState() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        return new ChartState("snapshot", "Should the snapshot hold?", "Position of each actor by month, 1 Jan 2025 – 30 Jun 2025",
                "month", from, LocalDate.of(2025, 6, 30),
                List.of("threatens", "opposes", "conditional", "open to", "commits"),
                List.of(new ChartState.Line("moscow", "Moscow", "#D55E00", List.of(
                                new ChartState.Step(from, -1), new ChartState.Step(LocalDate.of(2025, 3, 1), -2)), -2),
                        new ChartState.Line("london", "London", "#0072B2", List.of(
                                new ChartState.Step(from, null), new ChartState.Step(LocalDate.of(2025, 2, 1), 2)), 2),
                        new ChartState.Line("paris", "Paris", "#CC79A7", List.of(
                                new ChartState.Step(from, 2)), 2)),
                List.of(new ChartState.Marker(1, LocalDate.of(2025, 2, 15), null, "Summit", "summit"),
                        new ChartState.Marker(2, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 20), "Talks", "talks")),
                7, LocalDate.of(2025, 7, 1), "http://localhost:8080/?topic=snapshot&bucket=month",
                "Stanceline · 7 statements · data as of 2025-07-01 · http://localhost:8080/?topic=snapshot&bucket=month");
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

    @Test
    void shouldGiveEqualStatesEqualFingerprints() {
        assertEquals(fixedState().fingerprint("960", "540"), fixedState().fingerprint("960", "540"));
        org.junit.jupiter.api.Assertions.assertNotEquals(fixedState().fingerprint("960", "540"),
                fixedState().fingerprint("961", "540"));
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
        if (id.startsWith("sl-series-")) {
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
