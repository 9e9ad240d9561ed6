package org.stanceline.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A coarse guess at a text's language from its most frequent function words (and Cyrillic script): enough
 * to tell an analyst that the pipeline, whose cues are English, proposes nothing for a text in another
 * language. Not a general language identifier.
 */
final class LanguageGuess {

    private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

    static {
        FUNCTION_WORDS.put("en", Set.of("the", "and", "of", "to", "in", "that", "is", "was", "for", "with", "on", "said", "would", "will"));
        FUNCTION_WORDS.put("fr", Set.of("le", "la", "les", "et", "des", "du", "que", "est", "une", "pour", "dans", "pas", "qui", "sur"));
        FUNCTION_WORDS.put("de", Set.of("der", "die", "das", "und", "nicht", "ist", "ein", "eine", "mit", "den", "von", "zu", "auf", "dass"));
        FUNCTION_WORDS.put("es", Set.of("el", "los", "las", "y", "que", "en", "del", "una", "por", "con", "para", "se", "no", "es"));
        FUNCTION_WORDS.put("it", Set.of("il", "della", "che", "di", "e", "non", "per", "una", "con", "sono", "gli", "del", "alla", "è"));
        FUNCTION_WORDS.put("pt", Set.of("o", "os", "que", "de", "e", "não", "uma", "com", "para", "do", "da", "em", "por", "ao"));
        FUNCTION_WORDS.put("nl", Set.of("de", "het", "een", "en", "van", "dat", "niet", "is", "op", "met", "voor", "zijn", "die", "te"));
        FUNCTION_WORDS.put("fi", Set.of("ja", "on", "ei", "että", "se", "oli", "kun", "mukaan", "myös", "hän", "tämän", "joka"));
    }

    private LanguageGuess() {
    }

    /** An ISO 639-1 code ("en", "fr", … "ru" for Cyrillic), or "und" when the text gives too little to tell. */
    static String of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int letters = 0, cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch)) {
                letters++;
                cyrillic += Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC ? 1 : 0;
            }
        }
        if (letters > 0 && cyrillic * 2 > letters) {
            return "ru";
        }
        String best = "und";
        int bestCount = 0;
        int total = 0;
        for (String w : words) {
            total += w.isEmpty() ? 0 : 1;
        }
        for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
            int n = 0;
            for (String w : words) {
                n += e.getValue().contains(w) ? 1 : 0;
            }
            if (n > bestCount) {
                best = e.getKey();
                bestCount = n;
            }
        }
        // Fewer than one function word in twenty: a list, a headline or a table, not prose to judge by.
        return total >= 8 && bestCount * 20 >= total ? best : "und";
    }
}
