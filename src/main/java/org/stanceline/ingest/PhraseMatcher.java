package org.stanceline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in a text by whole words: phrases are indexed by their first word, and the text
 * is walked token by token, taking the longest phrase that starts at each word (no overlaps).
 */
final class PhraseMatcher {

    record Hit(int start, int end, String phrase) {
    }

    private record Phrase(String text, String[] words) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    PhraseMatcher(List<String> phrases) {
        for (String p : phrases) {
            List<Segmenter.Token> tokens = Segmenter.tokenize(p.strip());
            if (tokens.isEmpty()) {
                continue;
            }
            String[] words = tokens.stream().map(Segmenter.Token::lower).toArray(String[]::new);
            List<Phrase> list = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
            if (list.stream().noneMatch(x -> x.text().equals(String.join(" ", words)))) {
                list.add(new Phrase(String.join(" ", words), words));
                list.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
            }
        }
    }

    List<Hit> find(String text) {
        return find(Segmenter.tokenize(text));
    }

    /** Hits in {@code tokens} (of one text), left to right. */
    List<Hit> find(List<Segmenter.Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            List<Phrase> candidates = byFirstWord.get(tokens.get(i).lower());
            int matched = 0;
            if (candidates != null) {
                for (Phrase p : candidates) {
                    if (matches(tokens, i, p.words())) {
                        hits.add(new Hit(tokens.get(i).start(), tokens.get(i + p.words().length - 1).end(), p.text()));
                        matched = p.words().length;
                        break;
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return hits;
    }

    boolean any(List<Segmenter.Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            List<Phrase> candidates = byFirstWord.get(tokens.get(i).lower());
            if (candidates != null) {
                for (Phrase p : candidates) {
                    if (matches(tokens, i, p.words())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean matches(List<Segmenter.Token> tokens, int at, String[] words) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(at + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
