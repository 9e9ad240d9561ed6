package org.stanceline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in a text by whole words, for several phrase lists (categories) in one walk:
 * phrases are indexed by their first word; in each category the longest phrase starting at a word wins
 * and the next match of that category starts after it.
 */
final class PhraseMatcher {

    /** A match of {@code phrase} (of list {@code category}) at chars {@code [start, end)}. */
    record Hit(int start, int end, String phrase, int category) {
    }

    private record Phrase(String text, String[] words, int category) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final int categories;

    PhraseMatcher(List<List<String>> lists) {
        this.categories = lists.size();
        for (int c = 0; c < lists.size(); c++) {
            for (String p : lists.get(c)) {
                List<Segmenter.Token> tokens = Segmenter.tokenize(p.strip());
                if (tokens.isEmpty()) {
                    continue;
                }
                String[] words = tokens.stream().map(Segmenter.Token::lower).toArray(String[]::new);
                String text = String.join(" ", words);
                List<Phrase> list = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
                int category = c;
                if (list.stream().noneMatch(x -> x.text().equals(text) && x.category() == category)) {
                    list.add(new Phrase(text, words, c));
                    list.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
                }
            }
        }
    }

    List<Hit> find(String text) {
        return find(Segmenter.tokenize(text));
    }

    /** Hits in {@code tokens} (of one text), left to right. */
    List<Hit> find(List<Segmenter.Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        int[] nextFree = new int[categories];
        boolean[] done = new boolean[categories];
        for (int i = 0; i < tokens.size(); i++) {
            List<Phrase> candidates = byFirstWord.get(tokens.get(i).lower());
            if (candidates == null) {
                continue;
            }
            java.util.Arrays.fill(done, false);
            for (Phrase p : candidates) {
                int c = p.category();
                if (done[c] || i < nextFree[c] || !matches(tokens, i, p.words())) {
                    continue;
                }
                hits.add(new Hit(tokens.get(i).start(), tokens.get(i + p.words().length - 1).end(), p.text(), c));
                nextFree[c] = i + p.words().length;
                done[c] = true;
            }
        }
        return hits;
    }

    private static boolean matches(List<Segmenter.Token> tokens, int at, String[] words) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            if (!tokens.get(at + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
