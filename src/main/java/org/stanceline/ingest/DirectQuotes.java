package org.stanceline.ingest;

import java.util.List;

/**
 * Direct quotes: quotation marks paired within each paragraph (a quote may run over several sentences), five words
 * or more, attributed by a reporting verb after the closing mark ("…," he concluded) or before the opening one in
 * its sentence ('X told the radio on Monday that "…"').
 */
final class DirectQuotes {

    private DirectQuotes() {
    }

    /** Adds the quotes to {@code out}; marks the tokens inside marks and the sentences a quote is attributed in. */
    static void find(Segmenter.Segmented doc, boolean[] captionParagraph, boolean[] inQuote,
                     List<StatementExtractor.Candidate> out, boolean[] quotedSentence) {
        String text = doc.text();
        List<Segmenter.Token> tokens = doc.tokens();
        List<Segmenter.Sentence> sentences = doc.sentences();
        int si = 0;
        while (si < sentences.size()) {
            int paragraph = sentences.get(si).paragraph();
            int first = si;
            while (si < sentences.size() && sentences.get(si).paragraph() == paragraph) {
                si++;
            }
            if (captionParagraph[paragraph]) {
                continue;
            }
            int from = sentences.get(first).start();
            int to = sentences.get(si - 1).end();
            int open = -1;
            for (int i = from; i < to; i++) {
                if (text.charAt(i) != '"') {
                    continue;
                }
                if (open < 0) {
                    open = i;
                    continue;
                }
                int close = i;
                markQuoted(tokens, inQuote, open, close);
                quote(doc, sentences, first, si, open, close, out, quotedSentence);
                open = -1;
            }
        }
    }

    private static void quote(Segmenter.Segmented doc, List<Segmenter.Sentence> sentences, int firstSentence,
                              int endSentence, int open, int close, List<StatementExtractor.Candidate> out, boolean[] quotedSentence) {
        String text = doc.text();
        int start = open + 1;
        int end = close;
        while (end > start && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        String content = text.substring(start, end);
        int words = content.isBlank() ? 0 : content.trim().split("\\s+").length;
        if (words < 5) {
            return; // a scare quote or a phrase: left to reported speech around it
        }
        List<Segmenter.Token> tokens = doc.tokens();
        int openSentence = firstSentence;
        int closeSentence = firstSentence;
        for (int s = firstSentence; s < endSentence; s++) {
            if (sentences.get(s).start() <= open && open < sentences.get(s).end()) {
                openSentence = s;
            }
            if (sentences.get(s).start() <= close && close < sentences.get(s).end() + 1) {
                closeSentence = s;
            }
        }
        // After the closing mark: a name and verb, or "he concluded" (up to the next quote or sentence end).
        int afterFirst = firstTokenAtOrAfter(tokens, close + 1);
        Segmenter.Sentence cs = sentences.get(closeSentence);
        int limit = Math.min(cs.endToken(), afterFirst + 8);
        if (close + 1 < text.length() && text.charAt(close - 1) != '.' || close - 1 >= 0 && text.charAt(close - 1) == ',') {
            for (int t = afterFirst; t < limit && t < tokens.size(); t++) {
                if (tokens.get(t).text().equals("\"")) {
                    break;
                }
                if (StatementExtractor.QUOTE_VERBS.contains(tokens.get(t).lower())) {
                    out.add(new StatementExtractor.Candidate(start, end, true, closeSentence, StatementExtractor.Mode.QUOTE, t, afterFirst, limit, tokens.get(t).lower()));
                    quotedSentence[closeSentence] = true;
                    return;
                }
            }
        }
        // Before the opening mark in its sentence: 'X told the radio on Monday that', 'X had said at the weekend,'.
        Segmenter.Sentence os = sentences.get(openSentence);
        int beforeEnd = firstTokenAtOrAfter(tokens, open);
        int verb = -1;
        for (int t = beforeEnd - 1; t >= os.firstToken(); t--) {
            if (tokens.get(t).text().equals("\"")) {
                break;
            }
            String w = tokens.get(t).lower();
            if (StatementExtractor.QUOTE_VERBS.contains(w) || StatementExtractor.VERBS.containsKey(w)) {
                verb = t;
                break;
            }
        }
        out.add(new StatementExtractor.Candidate(start, end, true, openSentence, StatementExtractor.Mode.QUOTE, verb, os.firstToken(), beforeEnd,
                verb >= 0 ? tokens.get(verb).lower() : "quote"));
        if (verb >= 0) {
            quotedSentence[openSentence] = true;
        }
    }

    static int firstTokenAtOrAfter(List<Segmenter.Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void markQuoted(List<Segmenter.Token> tokens, boolean[] inQuote, int open, int close) {
        for (int t = firstTokenAtOrAfter(tokens, open); t < tokens.size() && tokens.get(t).start() <= close; t++) {
            inQuote[t] = true;
        }
    }
}
