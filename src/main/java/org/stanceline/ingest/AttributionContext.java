package org.stanceline.ingest;

import org.stanceline.ingest.SpeakerAttributor.NewSpeaker;
import org.stanceline.ingest.SpeakerAttributor.Speaker;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What attribution knows of one article while it reads it: the gazetteer mention at each token, the tokens inside
 * quotation marks, the speakers attributed so far by sentence, and new speakers named in full, by surname.
 */
final class AttributionContext {

    final Segmenter.Segmented doc;
    private final SpeakerNames names;
    final List<Gazetteer.Mention> mentions;
    final Gazetteer.Mention[] mentionAt;
    final boolean[] quoted;
    final Map<Integer, List<Speaker>> attributed = new HashMap<>();
    final Map<Integer, Integer> mentionIndex = new HashMap<>();
    /** New speakers named in full so far, by surname: "Meloni said" after "Prime Minister Giorgia Meloni". */
    final Map<String, NewSpeaker> bySurname = new HashMap<>();
    /** New speakers named with a title and a country, in the order met: "Italian Prime Minister Giorgia Meloni". */
    private final List<NewSpeaker> titled = new java.util.ArrayList<>();

    /**
     * The one new speaker of the text whose title has all these words and whose country is {@code country}: "the
     * Prime Minister of Italy" is "Italian Prime Minister Giorgia Meloni". Null when none, or several, fit.
     */
    NewSpeaker holderOf(java.util.Set<String> titleWords, String country) {
        NewSpeaker found = null;
        for (NewSpeaker s : titled) {
            java.util.Set<String> words = java.util.Set.of(s.role().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
            if (country.equalsIgnoreCase(s.country()) && words.containsAll(titleWords)) {
                if (found != null && !found.key().equals(s.key())) {
                    return null;
                }
                found = s;
            }
        }
        return found;
    }

    /**
     * "Italian Prime Minister Giorgia Meloni" anywhere in the text, speaker there or not: a later "Meloni said"
     * is her, with the actor her title gives.
     */
    private void rememberTitledNames() {
        List<Segmenter.Token> tokens = doc.tokens();
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Segmenter.Token w = tokens.get(k);
            if (!w.isCapitalized() || !(SpeakerNames.title(w.lower()) || SpeakerNames.DEMONYMS.containsKey(w.lower())) || mentionAt[k] != null) {
                continue;
            }
            int roleStart = k;
            while (k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized()
                    && (SpeakerNames.title(tokens.get(k + 1).lower()) || SpeakerNames.DEMONYMS.containsKey(tokens.get(k + 1).lower()))) {
                k++;
            }
            int nameStart = k + 1;
            int nameEnd = nameStart;
            while (nameEnd < tokens.size() && nameEnd - nameStart < 4 && tokens.get(nameEnd).isCapitalized()
                    && tokens.get(nameEnd).isWord() && mentionAt[nameEnd] == null && !SpeakerNames.title(tokens.get(nameEnd).lower())
                    && !SpeakerNames.DEMONYMS.containsKey(tokens.get(nameEnd).lower())) {
                nameEnd++;
            }
            if (nameEnd - nameStart >= 2) {
                known(names.newSpeaker(tokens, roleStart, nameStart, nameEnd));
            }
            k = Math.max(k, nameEnd - 1);
        }
    }

    /** The speaker a new name refers to: an earlier full mention with that surname, else the name itself. */
    NewSpeaker known(NewSpeaker named) {
        if (named == null) {
            return null;
        }
        if (named.role() != null && named.country() != null && titled.stream().noneMatch(s -> s.key().equals(named.key()))) {
            titled.add(named);
        }
        String[] words = named.name().split("\\s+");
        String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (words.length == 1) {
            NewSpeaker full = bySurname.get(surname);
            return full != null ? full : named;
        }
        NewSpeaker before = bySurname.get(surname);
        if (before == null || before.actor() == null && named.actor() != null) {
            bySurname.put(surname, named);
        }
        return named;
    }

    AttributionContext(Segmenter.Segmented doc, List<Gazetteer.Mention> mentions, SpeakerNames names) {
        this.names = names;
        this.doc = doc;
        this.mentions = mentions;
        this.mentionAt = new Gazetteer.Mention[doc.tokens().size()];
        for (Gazetteer.Mention m : mentions) {
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                mentionAt[t] = m;
            }
        }
        this.quoted = quotedTokens(doc);
        rememberTitledNames();
        for (int i = 0; i < mentions.size(); i++) {
            mentionIndex.put(mentions.get(i).firstToken(), i);
        }
    }

    /** Tokens inside double quotation marks, the marks paired paragraph by paragraph. */
    static boolean[] quotedTokens(Segmenter.Segmented doc) {
        List<Segmenter.Token> tokens = doc.tokens();
        boolean[] quoted = new boolean[tokens.size()];
        boolean inside = false;
        int lastParagraph = -1;
        for (Segmenter.Sentence s : doc.sentences()) {
            if (s.paragraph() != lastParagraph) {
                inside = false;
                lastParagraph = s.paragraph();
            }
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                if (tokens.get(t).text().equals("\"")) {
                    inside = !inside;
                    quoted[t] = true;
                } else {
                    quoted[t] = inside;
                }
            }
        }
        return quoted;
    }
}
