package org.stanceline.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings a source text to the form that statement spans index into (rules in data/FORMAT.md).
 * Idempotent: normalizing a normalized text changes nothing, so stored spans stay valid.
 */
public final class TextNormalizer {

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\x0B\\f]+");

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = replaceCharacters(text);
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : text.split("\n", -1)) {
            String paragraph = HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip();
            if (!paragraph.isEmpty() && seen.add(paragraph)) {
                paragraphs.add(paragraph);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static String replaceCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> out.append('"');
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> out.append('\'');
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { }
                case '\u2010', '\u2011', '\u2212' -> out.append('-');
                // Invisible control characters would make XML exports (PDF, DOCX) invalid.
                case '\uFFFE', '\uFFFF', '\u007F' -> { }
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
