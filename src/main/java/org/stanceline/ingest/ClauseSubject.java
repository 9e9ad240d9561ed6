package org.stanceline.ingest;

import org.stanceline.ingest.SpeakerAttributor.NewSpeaker;
import org.stanceline.ingest.SpeakerAttributor.Speaker;

import java.util.List;
import java.util.Set;

/**
 * The subject of a reporting verb: a name right before it, the antecedent of "who", the name in the verb's own
 * clause, the first name or pronoun before it that is not after a preposition, a new name, or for a subject-less
 * clause the nearest fitting speaker before it.
 */
final class ClauseSubject {

    private static final Set<String> SKIP_BEFORE_VERB = Set.of("has", "have", "had", "is", "are", "was", "were", "been",
            "be", "will", "would", "also", "both", "not", "never", "again", "then", "now", "still", "once", "later",
            "ever", "further", "too", "all", "it", "only", "just");
    private static final Set<String> HAVE = Set.of("has", "have", "had");
    private static final Set<String> RELATIVE = Set.of("who", "which");
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "on", "of", "by", "about", "against", "for",
            "between", "in", "from", "at", "under", "toward", "towards", "into", "over", "than");

    private final SpeakerNames names;
    private final SpeakerReferences references;

    ClauseSubject(SpeakerNames names, SpeakerReferences references) {
        this.names = names;
        this.references = references;
    }

    /** The subject of the verb at {@code verb}, looked for in tokens {@code [from, verb)}. */
    List<Speaker> subject(AttributionContext ctx, StatementExtractor.Candidate c, int from, int verb, Segmenter.Sentence sentence) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        // ", pushing for a deal": a participle after a comma shares the subject of the clause before it.
        if (verb > sentence.firstToken() && tokens.get(verb).lower().endsWith("ing") && tokens.get(verb - 1).text().equals(",")
                && ctx.attributed.containsKey(c.sentence())) {
            List<Speaker> same = ctx.attributed.get(c.sentence());
            return List.of(same.get(same.size() - 1));
        }
        from = afterDateline(tokens, from, verb);
        int t = verb - 1;
        boolean sawAux = false;
        // Adverbs ("firmly said") are skipped, not capitalized words ending alike: "Italy stated", "Kelly said".
        while (t >= from && (SKIP_BEFORE_VERB.contains(tokens.get(t).lower()) || tokens.get(t).lower().endsWith("ly")
                && ctx.mentionAt[t] == null && !tokens.get(t).isCapitalized())) {
            sawAux |= HAVE.contains(tokens.get(t).lower());
            t--;
        }
        // "<claim>, Kremlin spokesman Dmitry Peskov said": a name right before the verb, after a comma, is its
        // subject, not a country or institution named inside the claim.
        if (t >= from && ctx.mentionAt[t] != null && !ctx.mentionAt[t].possessive() && !ctx.quoted[t]) {
            Gazetteer.Mention named = ctx.mentionAt[t];
            for (int k = from; k < named.firstToken(); k++) {
                if (tokens.get(k).text().equals(",") && ctx.mentionAt[from] != null && ctx.mentionAt[from] != named) {
                    return references.coordinated(ctx, named, sentence, "named before '" + c.cue() + "'", 0.85, false);
                }
            }
        }
        if (t >= sentence.firstToken() && RELATIVE.contains(tokens.get(t).lower())) {
            for (int k = t - 1; k >= sentence.firstToken(); k--) {
                Gazetteer.Mention m = ctx.mentionAt[k];
                if (m != null && !m.possessive() && !ctx.quoted[k]) {
                    return references.coordinated(ctx, m, sentence, "antecedent of '" + tokens.get(t).text() + "'", 0.75, false);
                }
            }
        }
        // "Though Starmer held out for X, Macron said that …", "<claim>, Secretary-General Mark Rutte has said": the
        // subject is in the verb's own clause, after the last comma before it, when a name stands there.
        int clause = clauseStart(ctx, from, t);
        if (clause > from && clause < verb && !RELATIVE.contains(tokens.get(clause).lower())) {
            for (int k = clause; k < verb; k++) {
                Gazetteer.Mention m = ctx.mentionAt[k];
                if (m != null && !m.possessive() && !ctx.quoted[k] && !afterPreposition(tokens, m, clause, c.cue().endsWith("ing"))) {
                    return references.coordinated(ctx, m, sentence, "subject of '" + c.cue() + "' in its clause", 0.85, false);
                }
                if (m != null) {
                    k = m.endToken() - 1;
                }
            }
            if (t >= clause && tokens.get(t).isCapitalized() && ctx.mentionAt[t] == null && !ctx.quoted[t]) {
                NewSpeaker unknown = ctx.known(names.unknownBefore(ctx, t + 1, clause));
                if (unknown != null) {
                    return List.of(new Speaker(null, unknown, "new speaker, subject of '" + c.cue() + "' in its clause", 0.5));
                }
            }
        }
        Speaker titled = names.titleOfCountry(ctx, t, from);
        if (titled != null) {
            return List.of(titled);
        }
        Speaker apposed = apposition(ctx, c, from, t);
        if (apposed != null) {
            return List.of(apposed);
        }
        for (int k = from; k < verb; k++) {
            Gazetteer.Mention m = ctx.mentionAt[k];
            if (m != null && !m.possessive() && !ctx.quoted[k] && !afterPreposition(tokens, m, from, c.cue().endsWith("ing"))) {
                return references.coordinated(ctx, m, sentence, "subject of '" + c.cue() + "'", m.kind() == Gazetteer.Kind.ROLE ? 0.7 : 0.85, false);
            }
            if (m != null) {
                k = m.endToken() - 1;
            }
        }
        for (int k = from; k < verb; k++) {
            String w = tokens.get(k).lower();
            if (!ctx.quoted[k] && SpeakerNames.SUBJECT_PRONOUNS.contains(w)) {
                return references.corefer(ctx, c.sentence(), !w.equals("they"), "'" + tokens.get(k).text() + "' before '" + c.cue() + "'");
            }
        }
        Speaker people = names.people(ctx, t, from);
        if (people != null) {
            return List.of(people);
        }
        NewSpeaker described = ctx.known(names.described(ctx, t, from));
        if (described != null) {
            return List.of(new Speaker(null, described, "unnamed speaker, subject of '" + c.cue() + "'", 0.5));
        }
        if (t >= from && tokens.get(t).isCapitalized() && !tokens.get(t).lower().equals("i")) {
            NewSpeaker unknown = ctx.known(names.unknownBefore(ctx, t + 1, from));
            if (unknown != null) {
                return List.of(new Speaker(null, unknown, "new speaker, subject of '" + c.cue() + "'", 0.5));
            }
        }
        if (sawAux && (t < from || tokens.get(t).text().equals(","))) {
            return references.corefer(ctx, c.sentence(), false, "subject-less '" + c.cue() + "'");
        }
        if (c.cue().endsWith("ing") && ctx.attributed.containsKey(c.sentence())) {
            List<Speaker> same = ctx.attributed.get(c.sentence());
            return List.of(same.get(same.size() - 1));
        }
        return List.of();
    }

    /**
     * "Jane Doe, White House spokesperson, confirmed": a new name with its role in apposition (title words, with an
     * institution or a nationality), right before the verb, is that person; the gazetteer's holder of the role may be
     * someone else. The institution or nationality gives the actor.
     */
    private Speaker apposition(AttributionContext ctx, StatementExtractor.Candidate c, int from, int t) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        if (t <= from || !tokens.get(t).text().equals(",") || ctx.quoted[t]) {
            return null;
        }
        int open = t - 1;
        while (open > from && !tokens.get(open).text().equals(",") && t - open <= 6) {
            open--;
        }
        if (open <= from || !tokens.get(open).text().equals(",")) {
            return null;
        }
        String actor = null;
        boolean titled = false;
        for (int k = open + 1; k < t; k++) {
            Gazetteer.Mention m = ctx.mentionAt[k];
            String w = tokens.get(k).lower();
            if (m != null && (m.kind() == Gazetteer.Kind.ROLE || !m.speaker().person())) {
                actor = actor == null ? m.speaker().actor() : actor;
                titled |= m.kind() == Gazetteer.Kind.ROLE;
                k = m.endToken() - 1;
            } else if (SpeakerNames.title(w) && !w.equals("the") && !w.equals("of") && !w.equals("and") && !w.equals("for")) {
                titled = true;
            } else if (SpeakerNames.DEMONYMS.containsKey(w)) {
                actor = actor == null ? names.countryActor(SpeakerNames.DEMONYMS.get(w)) : actor;
            } else if (m != null || !ARTICLE_OR_OF.contains(w)) {
                return null;
            }
        }
        NewSpeaker named = titled ? names.unknownBefore(ctx, open, from) : null;
        if (named == null || named.name().split("\\s+").length < 2) {
            return null;
        }
        String role = SpeakerNames.join(tokens, open + 1, t);
        NewSpeaker person = ctx.known(new NewSpeaker(named.name(), role, actor != null ? actor : named.actor(), named.country()));
        return new Speaker(null, person, "new speaker named before the role '" + role + "', subject of '" + c.cue() + "'", 0.6);
    }

    private static final Set<String> ARTICLE_OR_OF = Set.of("the", "of", "a", "an", "and", "for");

    /**
     * Where the clause of the subject ending at token {@code last} begins: after the last comma before it that is not
     * inside a quote, or {@code from} when there is none.
     */
    private static int clauseStart(AttributionContext ctx, int from, int last) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        for (int k = last; k > from; k--) {
            String w = tokens.get(k).text();
            // A comma just inside a closing mark ('a U.S. "backstop," Macron said') ends the clause as well.
            boolean closesQuote = ctx.quoted[k] && k + 1 <= last && tokens.get(k + 1).text().equals("\"");
            if ((w.equals(",") || w.equals(";")) && (!ctx.quoted[k] || closesQuote)) {
                return k + 1;
            }
        }
        return from;
    }

    /** "KYIV, April 2 (Reuters) - …": a dateline's city is not the subject of what follows. */
    private static int afterDateline(List<Segmenter.Token> tokens, int from, int verb) {
        Segmenter.Token first = tokens.get(from);
        if (first.text().length() < 2 || !first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT))
                || !Character.isLetter(first.text().charAt(0))) {
            return from;
        }
        for (int k = from + 1; k < verb && k < from + 15; k++) {
            String w = tokens.get(k).text();
            if (w.equals("-") || w.equals("\u2013") || w.equals("\u2014")) {
                return k + 1;
            }
        }
        return from;
    }

    /** "in Washington", "with Trump": a mention after a preposition is not the subject. */
    private static boolean afterPreposition(List<Segmenter.Token> tokens, Gazetteer.Mention m, int from, boolean participle) {
        if (m.firstToken() <= from) {
            return false;
        }
        String prev = tokens.get(m.firstToken() - 1).lower();
        if (participle && prev.equals("with")) {
            return false; // "with X and Y both expressing …": X is the participle's subject
        }
        return PREPOSITIONS.contains(prev);
    }
}
