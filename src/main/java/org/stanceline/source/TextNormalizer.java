package org.stanceline.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings a source text to the form that statement spans index into (rules in data/FORMAT.md): NFC, the
 * character replacements of {@link #replace}, runs of horizontal space as one space, lines as paragraphs,
 * a repeated paragraph once. Idempotent: normalizing a normalized text changes nothing, so stored spans stay
 * valid. The one implementation of these rules: ingest ({@code IngestNormalizer}) builds on {@link #lines},
 * which also maps each character back to the input.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Line line : lines(raw)) {
            if (!line.text().isEmpty() && seen.add(line.text())) {
                paragraphs.add(line.text());
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** One input line after the rules; {@code map[i]} is the input index of {@code text.charAt(i)}. */
    public record Line(String text, int[] map) {
    }

    /** The input's lines (CR, LF or CRLF), each with the character rules applied and its spaces collapsed. */
    public static List<Line> lines(String raw) {
        String input = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        List<Line> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        IndexMap lineMap = new IndexMap(256);
        boolean pendingSpace = false;
        int i = input.startsWith("\uFEFF") ? 1 : 0;
        for (; i <= input.length(); i++) {
            char c = i < input.length() ? input.charAt(i) : '\n';
            if (c == '\r' || c == '\n') {
                lines.add(new Line(line.toString(), lineMap.toArray()));
                line.setLength(0);
                lineMap.clear();
                pendingSpace = false;
                if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                    i++;
                }
                continue;
            }
            char out = replace(c);
            if (out == 0) {
                continue;
            }
            if (out == ' ' || out == '\t' || out == '\u000B' || out == '\f') {
                pendingSpace = line.length() > 0;
                continue;
            }
            if (pendingSpace) {
                line.append(' ');
                lineMap.add(i - 1);
                pendingSpace = false;
            }
            line.append(out);
            lineMap.add(i);
        }
        return lines;
    }

    /** The character rules of data/FORMAT.md; 0 means "drop". */
    public static char replace(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> ' ';
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> 0;
            case '\u2010', '\u2011', '\u2212' -> '-';
            // Invisible control characters would make XML exports (PDF, DOCX) invalid.
            case '\uFFFE', '\uFFFF', '\u007F' -> 0;
            default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B ? 0 : c;
        };
    }

    /** A growable int array: an index map is as long as the text, so no boxing. */
    public static final class IndexMap {
        private int[] values;
        private int size;

        public IndexMap(int capacity) {
            values = new int[Math.max(1, capacity)];
        }

        public int size() {
            return size;
        }

        public int last() {
            return values[size - 1];
        }

        public void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        public void addAll(int[] vs) {
            if (size + vs.length > values.length) {
                values = Arrays.copyOf(values, Math.max(size * 2, size + vs.length));
            }
            System.arraycopy(vs, 0, values, size, vs.length);
            size += vs.length;
        }

        void clear() {
            size = 0;
        }

        public int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
