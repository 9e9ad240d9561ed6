package org.stanceline.similarity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer in plain Java, read from the model's tokenizer.json (BertNormalizer with
 * lowercase and accent stripping, BertPreTokenizer, WordPiece with "##" continuations, [CLS] … [SEP]). In place of
 * DJL's native tokenizer, whose library may be loaded by one class loader per JVM only: the tests run the model
 * in Quarkus's class loader and in the plain one side by side.
 */
final class WordPieceTokenizer {

    private static final int MAX_WORD = 100;

    private final Map<String, Integer> vocab;
    private final int cls;
    private final int sep;
    private final int unk;

    private WordPieceTokenizer(Map<String, Integer> vocab) {
        this.vocab = vocab;
        this.cls = vocab.get("[CLS]");
        this.sep = vocab.get("[SEP]");
        this.unk = vocab.get("[UNK]");
    }

    static WordPieceTokenizer read(InputStream tokenizerJson) throws IOException {
        JsonNode vocabNode = new ObjectMapper().readTree(tokenizerJson).path("model").path("vocab");
        Map<String, Integer> vocab = new HashMap<>(vocabNode.size() * 2);
        vocabNode.fields().forEachRemaining(e -> vocab.put(e.getKey(), e.getValue().asInt()));
        return new WordPieceTokenizer(vocab);
    }

    /** Token ids with [CLS] first and [SEP] last, at most {@code maxTokens} in all. */
    long[] encode(String text, int maxTokens) {
        List<Integer> ids = new ArrayList<>();
        ids.add(cls);
        for (String word : words(normalize(text))) {
            if (ids.size() >= maxTokens - 1) {
                break;
            }
            wordPieces(word, ids);
        }
        List<Integer> kept = ids.size() > maxTokens - 1 ? ids.subList(0, maxTokens - 1) : ids;
        long[] out = new long[kept.size() + 1];
        for (int i = 0; i < kept.size(); i++) {
            out[i] = kept.get(i);
        }
        out[out.length - 1] = sep;
        return out;
    }

    /** Clean control characters, space out CJK ideographs, lowercase, strip accents (BertNormalizer). */
    static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xFFFD || Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r') {
                return;
            }
            if (Character.isWhitespace(cp) || Character.getType(cp) == Character.SPACE_SEPARATOR) {
                b.append(' ');
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                b.append(' ').appendCodePoint(cp).append(' ');
            } else {
                b.appendCodePoint(cp);
            }
        });
        String lower = b.toString().toLowerCase(java.util.Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
    }

    /** Whitespace-separated words, each punctuation character a word of its own (BertPreTokenizer). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                flush(w, out);
            } else if (punctuation(cp)) {
                flush(w, out);
                out.add(new String(Character.toChars(cp)));
            } else {
                w.appendCodePoint(cp);
            }
        }
        flush(w, out);
        return out;
    }

    private static boolean punctuation(int cp) {
        if (cp >= 33 && cp <= 47 || cp >= 58 && cp <= 64 || cp >= 91 && cp <= 96 || cp >= 123 && cp <= 126) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (!w.isEmpty()) {
            out.add(w.toString());
            w.setLength(0);
        }
    }

    /** Greedy longest-match pieces of one word; a word with no match at some point is [UNK] as a whole. */
    private void wordPieces(String word, List<Integer> ids) {
        if (word.length() > MAX_WORD) {
            ids.add(unk);
            return;
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer id = null;
            while (end > start) {
                String piece = (start > 0 ? "##" : "") + word.substring(start, end);
                id = vocab.get(piece);
                if (id != null) {
                    break;
                }
                end--;
            }
            if (id == null) {
                ids.add(unk);
                return;
            }
            pieces.add(id);
            start = end;
        }
        ids.addAll(pieces);
    }
}
