package org.stanceline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stage 2: paragraphs, sentences and word tokens of a normalized text. Rule-based on purpose: it is
 * an order of magnitude faster than a general sentence breaker (ICU), and news prose needs little more
 * than abbreviation and initial handling.
 */
public final class Segmenter {

    public record Token(int start, int end, String text, String lower) {
        public boolean isCapitalized() {
            return Character.isUpperCase(text.charAt(0));
        }

        public boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0)) || text.startsWith("'");
        }
    }

    /** {@code [start, end)} in the text, tokens {@code [firstToken, endToken)}. */
    public record Sentence(int start, int end, int paragraph, int firstToken, int endToken) {
    }

    public record Segmented(String text, List<Token> tokens, List<Sentence> sentences) {
        public String sentenceText(Sentence s) {
            return text.substring(s.start(), s.end());
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov",
            "lt", "col", "sgt", "prof", "jr", "sr", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "adm", "capt", "cmdr", "maj", "pres", "rev", "hon", "inc", "ltd", "co",
            "corp", "fig", "approx", "est", "dept", "univ", "mt", "ft");

    private Segmenter() {
    }

    public static Segmented segment(String text) {
        List<Token> tokens = tokenize(text);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        int tokenIndex = 0;
        while (start < text.length()) {
            int paraEnd = text.indexOf("\n\n", start);
            if (paraEnd < 0) {
                paraEnd = text.length();
            }
            int s = start;
            for (int i = start; i < paraEnd; i++) {
                char c = text.charAt(i);
                if ((c == '.' || c == '!' || c == '?') && isBoundary(text, i, paraEnd)) {
                    int end = i + 1;
                    while (end < paraEnd && (text.charAt(end) == '"' || text.charAt(end) == ')' || text.charAt(end) == '\'')) {
                        end++;
                    }
                    tokenIndex = addSentence(sentences, tokens, tokenIndex, s, end, paragraph);
                    s = end;
                    while (s < paraEnd && text.charAt(s) == ' ') {
                        s++;
                    }
                    i = s - 1;
                }
            }
            if (s < paraEnd) {
                tokenIndex = addSentence(sentences, tokens, tokenIndex, s, paraEnd, paragraph);
            }
            paragraph++;
            start = paraEnd + 2;
        }
        return new Segmented(text, tokens, sentences);
    }

    private static int addSentence(List<Sentence> out, List<Token> tokens, int from, int start, int end, int paragraph) {
        int first = from;
        while (first < tokens.size() && tokens.get(first).start() < start) {
            first++;
        }
        int last = first;
        while (last < tokens.size() && tokens.get(last).end() <= end) {
            last++;
        }
        out.add(new Sentence(start, end, paragraph, first, last));
        return last;
    }

    private static boolean isBoundary(String text, int i, int paraEnd) {
        int next = i + 1;
        while (next < paraEnd && (text.charAt(next) == '"' || text.charAt(next) == ')' || text.charAt(next) == '\'')) {
            next++;
        }
        if (next >= paraEnd) {
            return true;
        }
        if (text.charAt(next) != ' ') {
            return false;
        }
        while (next < paraEnd && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= paraEnd) {
            return true;
        }
        char after = text.charAt(next);
        if (!(Character.isUpperCase(after) || Character.isDigit(after) || after == '"' || after == '\'' || after == '(')) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, i);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial ("J. Smith") or an initialism ("U.S. envoys")
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Words (with inner hyphens, apostrophes, initialisms like U.S.), the possessive 's, single punctuation. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '-' || d == '\'' || d == ',' && Character.isDigit(c)) && j + 1 < n
                            && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j++;
                    } else if (d == '.' && j + 1 < n && Character.isUpperCase(text.charAt(j - 1)) && (j - 1 == i
                            || text.charAt(j - 2) == '.') && Character.isUpperCase(text.charAt(j + 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                if (j < n && text.charAt(j) == '.' && j - i >= 3 && text.charAt(j - 2) == '.') {
                    j++; // U.S. keeps its final dot
                }
                if (j - i > 2 && text.charAt(j - 2) == '\'' && (text.charAt(j - 1) == 's' || text.charAt(j - 1) == 'S')) {
                    add(tokens, text, i, j - 2);
                    add(tokens, text, j - 2, j);
                } else {
                    add(tokens, text, i, j);
                }
                i = j;
            } else if (c == ' ' || c == '\n') {
                i++;
            } else {
                if (c == '\'' && i > 0 && (text.charAt(i - 1) == 's') && (i + 1 >= n || !Character.isLetter(text.charAt(i + 1)))) {
                    add(tokens, text, i, i + 1); // plural possessive: "allies' plan"
                } else {
                    add(tokens, text, i, i + 1);
                }
                i++;
            }
        }
        return tokens;
    }

    private static void add(List<Token> tokens, String text, int start, int end) {
        String t = text.substring(start, end);
        tokens.add(new Token(start, end, t, t.toLowerCase(Locale.ROOT)));
    }
}
