package org.stanceline.statement;


import org.stanceline.kernel.Invalid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a search ({@code q}): runs of letters and digits, lower-cased; everything else separates words.
 * Every word must occur in the quote or in the speaker's name (AND). A word ending in {@code *} matches every
 * word that starts with it ({@code troop*} finds "troops"). Quotes and other operators are read as separators.
 *
 * @param terms distinct words in the order given
 */
public record TextQuery(List<Term> terms) {

    /** The longest word kept; longer ones are cut here, both when indexed and when searched. */
    static final int MAX_WORD = 64;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(\\*)?");
    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** One word of a search; {@code prefix} when it ended in {@code *}. */
    public record Term(String word, boolean prefix) {

        /** Whether a word of a text (already lower-cased) is matched by this term. */
        boolean matches(String candidate) {
            return prefix ? candidate.startsWith(word) : candidate.equals(word);
        }
    }

    /** Null for a blank {@code q}; 400 naming {@code q} when it is too long or has too many words. */
    public static TextQuery parse(String raw, int maxLength, int maxWords) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxLength) {
            throw new Invalid("Parameter 'q' holds " + raw.length() + " characters; at most "
                    + maxLength + " are allowed");
        }
        Set<Term> terms = new LinkedHashSet<>();
        Matcher m = WORD.matcher(raw.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group().replace("*", "");
            terms.add(new Term(cut(word), m.group(1) != null));
        }
        if (terms.size() > maxWords) {
            throw new Invalid("Parameter 'q' holds " + terms.size() + " words; at most " + maxWords
                    + " are allowed");
        }
        return new TextQuery(List.copyOf(terms));
    }

    /** The distinct words of a text as the index keeps them. */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        Matcher m = PLAIN_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(cut(m.group()));
        }
        return words;
    }

    /** Whether the query has no word at all (only punctuation): it matches nothing. */
    boolean isEmpty() {
        return terms.isEmpty();
    }

    private static String cut(String word) {
        return word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word;
    }
}
