package org.stanceline.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds lexicon phrases in a text at word boundaries, longest first, without overlaps. */
final class PhraseMatcher {

    record Hit(int start, int end, String phrase) {
    }

    private final List<String> phrases;

    PhraseMatcher(List<String> phrases) {
        this.phrases = new ArrayList<>(phrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).distinct().toList());
        this.phrases.sort(Comparator.comparingInt(String::length).reversed());
    }

    List<Hit> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] used = new boolean[lower.length()];
        List<Hit> hits = new ArrayList<>();
        for (String p : phrases) {
            int from = 0;
            while (true) {
                int at = lower.indexOf(p, from);
                if (at < 0) {
                    break;
                }
                int end = at + p.length();
                from = at + 1;
                if (!boundary(lower, at - 1, p.charAt(0)) || !boundary(lower, end, p.charAt(p.length() - 1))
                        || used[at] || used[end - 1]) {
                    continue;
                }
                for (int k = at; k < end; k++) {
                    used[k] = true;
                }
                hits.add(new Hit(at, end, p));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static boolean boundary(String s, int i, char edge) {
        if (i < 0 || i >= s.length() || !Character.isLetterOrDigit(edge)) {
            return true;
        }
        return !Character.isLetterOrDigit(s.charAt(i));
    }
}
