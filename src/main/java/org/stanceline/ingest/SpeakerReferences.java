package org.stanceline.ingest;

import org.stanceline.ingest.SpeakerAttributor.NewSpeaker;
import org.stanceline.ingest.SpeakerAttributor.Speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who a mention or a pronoun stands for: a role phrase's holder (the last speaker mentioned with a fitting role, or
 * the name right after the title), the names coordinated with a mention ("X and Y"), and the nearest fitting speaker
 * before a pronoun or a subject-less clause.
 */
final class SpeakerReferences {

    private final SpeakerNames names;

    SpeakerReferences(SpeakerNames names) {
        this.names = names;
    }

    /** The mention and the ones coordinated with it: "X and Y", "X, Y and Z", "X's and Y's". */
    List<Speaker> coordinated(AttributionContext ctx, Gazetteer.Mention m, Segmenter.Sentence sentence, String method,
                                      double confidence, boolean possessives) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        List<Speaker> out = new ArrayList<>();
        NewSpeaker titled = m.kind() == Gazetteer.Kind.ROLE ? nameAfterRole(ctx, m) : null;
        if (titled != null) {
            return List.of(new Speaker(null, titled, method + ", named after the title", confidence * 0.9));
        }
        out.add(new Speaker(resolveRole(ctx, m), null, method, confidence));
        int t = possessives && m.possessive() ? m.endToken() + 1 : m.endToken();
        while (t + 1 < sentence.endToken()) {
            String w = tokens.get(t).lower();
            if (!(w.equals("and") || w.equals(","))) {
                break;
            }
            Gazetteer.Mention next = ctx.mentionAt[t + 1];
            if (next == null || next.firstToken() != t + 1) {
                break;
            }
            Gazetteer.SpeakerEntry s = resolveRole(ctx, next);
            if (out.stream().noneMatch(x -> x.known() == s)) {
                out.add(new Speaker(s, null, method, confidence));
            }
            t = possessives && next.possessive() ? next.endToken() + 1 : next.endToken();
        }
        return out;
    }

    /**
     * "Foreign Minister Antonio Tajani": a role phrase followed by a name the gazetteer does not know is that person,
     * not the role's holder in the gazetteer (countries have foreign ministers of their own).
     */
    private NewSpeaker nameAfterRole(AttributionContext ctx, Gazetteer.Mention m) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        int t = m.endToken();
        while (t < tokens.size() && t - m.endToken() < 4 && tokens.get(t).isCapitalized() && tokens.get(t).isWord()
                && ctx.mentionAt[t] == null && !SpeakerNames.title(tokens.get(t).lower()) && !SpeakerNames.DEMONYMS.containsKey(tokens.get(t).lower())
                && tokens.get(t).start() - tokens.get(t - 1).end() <= 1) {
            t++;
        }
        if (t == m.endToken() || m.possessive()) {
            return null;
        }
        int roleStart = m.firstToken();
        while (roleStart > 0 && tokens.get(roleStart - 1).isCapitalized() && (SpeakerNames.title(tokens.get(roleStart - 1).lower())
                || SpeakerNames.DEMONYMS.containsKey(tokens.get(roleStart - 1).lower()))) {
            roleStart--;
        }
        return ctx.known(names.newSpeaker(tokens, roleStart, m.endToken(), t));
    }

    /** A generic role phrase goes to the last speaker mentioned with a role that ends the same way. */
    private Gazetteer.SpeakerEntry resolveRole(AttributionContext ctx, Gazetteer.Mention m) {
        if (m.kind() != Gazetteer.Kind.ROLE) {
            return m.speaker();
        }
        String phrase = m.matched().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        Integer index = ctx.mentionIndex.get(m.firstToken());
        if (index == null) {
            return m.speaker();
        }
        for (int k = index - 1; k >= 0 && k >= index - 40; k--) {
            Gazetteer.SpeakerEntry other = ctx.mentions.get(k).speaker();
            if (other == m.speaker()) {
                return other;
            }
            for (String role : other.rolePhrases()) {
                String r = role.toLowerCase(Locale.ROOT);
                if (r.endsWith(phrase) && r.length() > phrase.length()) {
                    return other;
                }
            }
        }
        return m.speaker();
    }

    /** The nearest fitting speaker before sentence {@code s}: one attributed there, else its first mention. */
    List<Speaker> corefer(AttributionContext ctx, int s, boolean personOnly, String why) {
        List<Speaker> same = ctx.attributed.get(s);
        // "He proposed a truce, an idea that Moscow dismissed": "he" is a person, so not the sentence's institution.
        for (int k = same == null ? -1 : same.size() - 1; k >= 0; k--) {
            Speaker sp = same.get(k);
            if (!personOnly || sp.known() == null || sp.known().person()) {
                return List.of(new Speaker(sp.known(), sp.unknown(), "coreference: " + why, 0.6));
            }
        }
        List<Segmenter.Sentence> sentences = ctx.doc.sentences();
        for (int k = s - 1; k >= 0 && k >= s - 4; k--) {
            List<Speaker> there = ctx.attributed.get(k);
            if (there != null) {
                for (Speaker sp : there) {
                    if (!personOnly || sp.known() == null || sp.known().person()) {
                        return List.of(new Speaker(sp.known(), sp.unknown(), "coreference: " + why, 0.6));
                    }
                }
            }
            Segmenter.Sentence sentence = sentences.get(k);
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                Gazetteer.Mention m = ctx.mentionAt[t];
                if (m != null && !ctx.quoted[t] && (!personOnly || m.speaker().person())) {
                    return List.of(new Speaker(resolveRole(ctx, m), null, "coreference: " + why, 0.55));
                }
            }
        }
        return List.of();
    }
}
