package org.stanceline.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small metadata header a pasted article may start with: YAML-style front matter
 * ({@code ---} / {@code title:} / {@code date:} / {@code outlet:} / {@code url:} / {@code ---}) or
 * {@code Title:} / {@code Date:} / {@code Source:} lines among the first lines, around at most one
 * other line (the headline, which stays in the text). Metadata lines are dropped from the stored text,
 * so the headline, not "date 2026-01-21", becomes the title.
 */
record MetadataHeader(Set<Integer> metadataLines, String title, String date, String outlet, String url) {

    static final MetadataHeader NONE = new MetadataHeader(Set.of(), null, null, null, null);

    /** {@code key: value}; "source" is the outlet's other name, as people write it under an article. */
    private static final Pattern FIELD = Pattern.compile(
            "(?i)^\\s*(title|headline|date|published|outlet|source|publisher|url|link)\\s*:\\s*(.*?)\\s*$");
    /** "date 2026-01-20": a date line written without the colon. */
    private static final Pattern BARE_DATE = Pattern.compile("(?i)^\\s*(date|published)\\s+(\\d{4}-\\d{2}-\\d{2})\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*---\\s*$");
    /** How far down the header lines may sit: beyond this, "Source: ..." is the article's own text. */
    private static final int HEADER_LINES = 8;

    static MetadataHeader read(List<String> lines) {
        Fields fields = new Fields();
        Set<Integer> drop = new HashSet<>();
        int first = firstNonBlank(lines, 0);
        if (first >= 0 && FENCE.matcher(lines.get(first)).matches()) {
            for (int i = first + 1; i < lines.size() && i <= first + 40; i++) {
                if (FENCE.matcher(lines.get(i)).matches()) {
                    for (int j = first; j <= i; j++) {
                        drop.add(j);
                    }
                    for (int j = first + 1; j < i; j++) {
                        fields.take(lines.get(j));
                    }
                    first = firstNonBlank(lines, i + 1);
                    break;
                }
            }
        }
        // Header lines after (or instead of) front matter, with at most one headline among them.
        boolean headlineSeen = false;
        int seen = 0;
        for (int i = Math.max(first, 0); first >= 0 && i < lines.size() && seen < HEADER_LINES; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            if (fields.take(line)) {
                drop.add(i);
            } else if (!headlineSeen) {
                headlineSeen = true;
            } else {
                break;
            }
        }
        return drop.isEmpty() ? NONE : new MetadataHeader(Set.copyOf(drop), fields.title, fields.date, fields.outlet, fields.url);
    }

    private static int firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static final class Fields {
        String title;
        String date;
        String outlet;
        String url;

        boolean take(String line) {
            Matcher bare = BARE_DATE.matcher(line);
            if (bare.matches()) {
                date = first(date, bare.group(2));
                return true;
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) {
                return false;
            }
            String value = unquote(m.group(2));
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "title", "headline" -> title = first(title, value);
                case "date", "published" -> date = first(date, value);
                case "outlet", "source", "publisher" -> outlet = first(outlet, value);
                default -> url = first(url, value);
            }
            return true;
        }

        private static String first(String current, String value) {
            return current != null || value.isEmpty() ? current : value;
        }

        private static String unquote(String v) {
            if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                return v.substring(1, v.length() - 1).strip();
            }
            return v;
        }
    }
}
