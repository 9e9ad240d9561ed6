package org.stanceline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stage 5: who said it. The subject of the reporting verb (a gazetteer name, alias, misspelling or role
 * phrase; "X and Y" gives both), the antecedent of "who", the phrase after "according to" or "by", the
 * possessor of "X's plan"; a pronoun or a subject-less clause goes to the nearest fitting speaker before
 * it; a generic role ("the Foreign Minister") to the last speaker mentioned with a fitting role. An
 * unknown name becomes a new speaker whose actor is inferred from a nationality or country in its role.
 */
public final class SpeakerAttributor {

    /** A speaker not in the gazetteer: kept as a new speaker; {@code actor} null when nothing points to one. */
    public record NewSpeaker(String name, String role, String actor, String country) {
        public String key() {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        }
    }

    /** One speaker of a candidate: a known one or a new one; {@code method} says how it was found. */
    public record Speaker(Gazetteer.SpeakerEntry known, NewSpeaker unknown, String method, double confidence) {
        public String key() {
            return known != null ? known.key() : unknown.key();
        }

        public String actor() {
            return known != null ? known.actor() : unknown.actor();
        }
    }

    public record Attributed(StatementExtractor.Candidate candidate, List<Speaker> speakers) {
    }

    private static final Set<String> SKIP_BEFORE_VERB = Set.of("has", "have", "had", "is", "are", "was", "were", "been",
            "be", "will", "would", "also", "both", "not", "never", "again", "then", "now", "still", "once", "later",
            "ever", "further", "too", "all", "it", "only", "just");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> HAVE = Set.of("has", "have", "had");
    private static final Set<String> RELATIVE = Set.of("who", "which");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they");
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "on", "of", "by", "about", "against", "for",
            "between", "in", "from", "at", "under", "toward", "towards", "into", "over", "than");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "her");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "his", "her", "their", "it", "its", "this",
            "these", "that", "whom");
    private static final Set<String> TITLE_WORDS = Set.of("minister", "president", "secretary", "spokesman",
            "spokeswoman", "spokesperson", "ambassador", "chancellor", "general", "mayor", "envoy", "chief", "head",
            "senator", "governor", "commander", "adviser", "advisor", "premier", "leader", "prime", "foreign",
            "defence", "defense", "deputy", "vice", "former", "interior", "finance", "economy", "official", "king",
            "queen", "prince", "admiral", "colonel", "lieutenant", "director", "chairman", "chairwoman", "speaker",
            "mp", "senior", "state", "press", "security", "national", "army", "navy", "military", "top", "dr", "mr",
            "mrs", "ms", "sir", "dame", "lord", "lady", "pope", "sheikh", "emir", "the", "of", "and", "for");
    private static final Map<String, String> DEMONYMS = new HashMap<>();

    static {
        String[][] pairs = {{"russian", "Russia"}, {"kremlin", "Russia"}, {"british", "United Kingdom"},
                {"uk", "United Kingdom"}, {"english", "United Kingdom"}, {"french", "France"}, {"american", "United States"},
                {"us", "United States"}, {"u.s.", "United States"}, {"ukrainian", "Ukraine"}, {"danish", "Denmark"},
                {"german", "Germany"}, {"polish", "Poland"}, {"italian", "Italy"}, {"spanish", "Spain"},
                {"dutch", "Netherlands"}, {"swedish", "Sweden"}, {"finnish", "Finland"}, {"norwegian", "Norway"},
                {"estonian", "Estonia"}, {"latvian", "Latvia"}, {"lithuanian", "Lithuania"}, {"canadian", "Canada"},
                {"turkish", "Turkey"}, {"chinese", "China"}, {"hungarian", "Hungary"}, {"slovak", "Slovakia"},
                {"czech", "Czech Republic"}, {"romanian", "Romania"}, {"belgian", "Belgium"}, {"japanese", "Japan"},
                {"indian", "India"}, {"israeli", "Israel"}, {"iranian", "Iran"}, {"belarusian", "Belarus"},
                {"georgian", "Georgia"}, {"moldovan", "Moldova"}, {"austrian", "Austria"}, {"swiss", "Switzerland"},
                {"greek", "Greece"}, {"portuguese", "Portugal"}, {"irish", "Ireland"}, {"australian", "Australia"},
                {"saudi", "Saudi Arabia"}, {"qatari", "Qatar"}, {"brazilian", "Brazil"}, {"korean", "South Korea"}};
        for (String[] p : pairs) {
            DEMONYMS.put(p[0], p[1]);
        }
    }

    private final Gazetteer gazetteer;

    /** A title word, or a hyphenated one made of them ("Secretary-General", "Vice-President"). */
    private static boolean title(String lower) {
        if (TITLE_WORDS.contains(lower)) {
            return true;
        }
        if (lower.indexOf('-') <= 0) {
            return false;
        }
        for (String part : lower.split("-")) {
            if (!TITLE_WORDS.contains(part) && !part.equals("general") && !part.equals("elect")) {
                return false;
            }
        }
        return true;
    }

    public SpeakerAttributor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Attributed> attribute(Segmenter.Segmented doc, List<Gazetteer.Mention> mentions,
                                      List<StatementExtractor.Candidate> candidates) {
        List<StatementExtractor.Candidate> ordered = new ArrayList<>(candidates);
        // In reading order of the words that name the speaker, so "she" only looks back at speakers named before it.
        ordered.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence())
                : Integer.compare(anchorOf(a), anchorOf(b)));
        Context ctx = new Context(doc, mentions);
        List<Attributed> out = new ArrayList<>();
        for (StatementExtractor.Candidate c : ordered) {
            List<Speaker> speakers = resolve(ctx, c);
            if (!speakers.isEmpty()) {
                out.add(new Attributed(c, speakers));
                ctx.attributed.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(speakers.get(0));
            }
        }
        return out;
    }

    private static int anchorOf(StatementExtractor.Candidate c) {
        return c.anchor() >= 0 ? c.anchor() : c.regionEnd();
    }

    private final class Context {
        final Segmenter.Segmented doc;
        final List<Gazetteer.Mention> mentions;
        final Gazetteer.Mention[] mentionAt;
        final boolean[] quoted;
        final Map<Integer, List<Speaker>> attributed = new HashMap<>();
        final Map<Integer, Integer> mentionIndex = new HashMap<>();
        /** New speakers named in full so far, by surname: "Meloni said" after "Prime Minister Giorgia Meloni". */
        final Map<String, NewSpeaker> bySurname = new HashMap<>();

        /**
         * "Italian Prime Minister Giorgia Meloni" anywhere in the text, speaker there or not: a later "Meloni said"
         * is her, with the actor her title gives.
         */
        private void rememberTitledNames() {
            List<Segmenter.Token> tokens = doc.tokens();
            for (int k = 0; k + 2 < tokens.size(); k++) {
                Segmenter.Token w = tokens.get(k);
                if (!w.isCapitalized() || !(title(w.lower()) || DEMONYMS.containsKey(w.lower())) || mentionAt[k] != null) {
                    continue;
                }
                int roleStart = k;
                while (k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized()
                        && (title(tokens.get(k + 1).lower()) || DEMONYMS.containsKey(tokens.get(k + 1).lower()))) {
                    k++;
                }
                int nameStart = k + 1;
                int nameEnd = nameStart;
                while (nameEnd < tokens.size() && nameEnd - nameStart < 4 && tokens.get(nameEnd).isCapitalized()
                        && tokens.get(nameEnd).isWord() && mentionAt[nameEnd] == null && !title(tokens.get(nameEnd).lower())
                        && !DEMONYMS.containsKey(tokens.get(nameEnd).lower())) {
                    nameEnd++;
                }
                if (nameEnd - nameStart >= 2) {
                    known(newSpeaker(tokens, roleStart, nameStart, nameEnd));
                }
                k = Math.max(k, nameEnd - 1);
            }
        }

        /** The speaker a new name refers to: an earlier full mention with that surname, else the name itself. */
        NewSpeaker known(NewSpeaker named) {
            if (named == null) {
                return null;
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

        Context(Segmenter.Segmented doc, List<Gazetteer.Mention> mentions) {
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
    }

    private List<Speaker> resolve(Context ctx, StatementExtractor.Candidate c) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        Segmenter.Sentence sentence = ctx.doc.sentences().get(c.sentence());
        switch (c.mode()) {
            case POSSESSOR -> {
                return coordinated(ctx, ctx.mentionAt[c.anchor()], sentence, "possessor of '" + c.cue() + "'", 0.6, true);
            }
            case OBJECT -> {
                int t = c.anchor();
                while (t < c.regionEnd() && ctx.mentionAt[t] == null && (ARTICLES.contains(tokens.get(t).lower())
                        || tokens.get(t).isCapitalized() && TITLE_WORDS.contains(tokens.get(t).lower()))) {
                    t++;
                }
                if (t >= c.regionEnd()) {
                    return List.of();
                }
                if (ctx.mentionAt[t] != null) {
                    return coordinated(ctx, ctx.mentionAt[t], sentence, "named after '" + c.cue() + "'", 0.7, false);
                }
                if (PRONOUNS.contains(tokens.get(t).lower())) {
                    return corefer(ctx, c.sentence(), PERSON_PRONOUNS.contains(tokens.get(t).lower()),
                            "'" + tokens.get(t).text() + "' after '" + c.cue() + "'");
                }
                NewSpeaker unknown = ctx.known(unknownAfter(ctx, t, c.regionEnd()));
                return unknown == null ? List.of() : List.of(new Speaker(null, unknown, "new speaker after '" + c.cue() + "'", 0.4));
            }
            case QUOTE -> {
                if (c.anchor() >= 0 && c.regionStart() < tokens.size() && tokens.get(c.regionStart()).start() > c.start()) {
                    // Attribution after the quote: a name right after the closing mark, before or after the verb.
                    for (int t = c.regionStart(); t < c.regionEnd(); t++) {
                        if (ctx.mentionAt[t] != null && !ctx.mentionAt[t].possessive()) {
                            return coordinated(ctx, ctx.mentionAt[t], sentence, "named at the quote", 0.9, false);
                        }
                        if (PRONOUNS.contains(tokens.get(t).lower())) {
                            return corefer(ctx, c.sentence(), PERSON_PRONOUNS.contains(tokens.get(t).lower()),
                                    "'" + tokens.get(t).text() + "' at the quote");
                        }
                    }
                    NewSpeaker unknown = ctx.known(unknownAfter(ctx, c.anchor() + 1, c.regionEnd()));
                    if (unknown == null) {
                        unknown = ctx.known(unknownBefore(ctx, c.anchor(), c.regionStart()));
                    }
                    return unknown == null ? corefer(ctx, c.sentence(), false, "quote without a name")
                            : List.of(new Speaker(null, unknown, "new speaker at the quote", 0.5));
                }
                int verb = c.anchor() >= 0 ? c.anchor() : c.regionEnd();
                List<Speaker> s = subject(ctx, c, c.regionStart(), verb, sentence);
                if (!s.isEmpty() || c.anchor() >= 0) {
                    return s;
                }
                return corefer(ctx, c.sentence(), false, "quote without attribution").stream()
                        .map(x -> new Speaker(x.known(), x.unknown(), x.method(), Math.min(x.confidence(), 0.4))).toList();
            }
            default -> {
                return subject(ctx, c, c.regionStart(), c.anchor(), sentence);
            }
        }
    }

    /** The subject of the verb at {@code verb}, looked for in tokens {@code [from, verb)}. */
    private List<Speaker> subject(Context ctx, StatementExtractor.Candidate c, int from, int verb, Segmenter.Sentence sentence) {
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
        while (t >= from && (SKIP_BEFORE_VERB.contains(tokens.get(t).lower()) || tokens.get(t).lower().endsWith("ly")
                && ctx.mentionAt[t] == null)) {
            sawAux |= HAVE.contains(tokens.get(t).lower());
            t--;
        }
        // "<claim>, Kremlin spokesman Dmitry Peskov said": a name right before the verb, after a comma, is its
        // subject, not a country or institution named inside the claim.
        if (t >= from && ctx.mentionAt[t] != null && !ctx.mentionAt[t].possessive() && !ctx.quoted[t]) {
            Gazetteer.Mention named = ctx.mentionAt[t];
            for (int k = from; k < named.firstToken(); k++) {
                if (tokens.get(k).text().equals(",") && ctx.mentionAt[from] != null && ctx.mentionAt[from] != named) {
                    return coordinated(ctx, named, sentence, "named before '" + c.cue() + "'", 0.85, false);
                }
            }
        }
        if (t >= sentence.firstToken() && RELATIVE.contains(tokens.get(t).lower())) {
            for (int k = t - 1; k >= sentence.firstToken(); k--) {
                Gazetteer.Mention m = ctx.mentionAt[k];
                if (m != null && !m.possessive() && !ctx.quoted[k]) {
                    return coordinated(ctx, m, sentence, "antecedent of '" + tokens.get(t).text() + "'", 0.75, false);
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
                    return coordinated(ctx, m, sentence, "subject of '" + c.cue() + "' in its clause", 0.85, false);
                }
                if (m != null) {
                    k = m.endToken() - 1;
                }
            }
            if (t >= clause && tokens.get(t).isCapitalized() && ctx.mentionAt[t] == null && !ctx.quoted[t]) {
                NewSpeaker unknown = ctx.known(unknownBefore(ctx, t + 1, clause));
                if (unknown != null) {
                    return List.of(new Speaker(null, unknown, "new speaker, subject of '" + c.cue() + "' in its clause", 0.5));
                }
            }
        }
        for (int k = from; k < verb; k++) {
            Gazetteer.Mention m = ctx.mentionAt[k];
            if (m != null && !m.possessive() && !ctx.quoted[k] && !afterPreposition(tokens, m, from, c.cue().endsWith("ing"))) {
                return coordinated(ctx, m, sentence, "subject of '" + c.cue() + "'", m.kind() == Gazetteer.Kind.ROLE ? 0.7 : 0.85, false);
            }
            if (m != null) {
                k = m.endToken() - 1;
            }
        }
        for (int k = from; k < verb; k++) {
            String w = tokens.get(k).lower();
            if (!ctx.quoted[k] && SUBJECT_PRONOUNS.contains(w)) {
                return corefer(ctx, c.sentence(), !w.equals("they"), "'" + tokens.get(k).text() + "' before '" + c.cue() + "'");
            }
        }
        if (t >= from && tokens.get(t).isCapitalized() && !tokens.get(t).lower().equals("i")) {
            NewSpeaker unknown = ctx.known(unknownBefore(ctx, t + 1, from));
            if (unknown != null) {
                return List.of(new Speaker(null, unknown, "new speaker, subject of '" + c.cue() + "'", 0.5));
            }
        }
        if (sawAux && (t < from || tokens.get(t).text().equals(","))) {
            return corefer(ctx, c.sentence(), false, "subject-less '" + c.cue() + "'");
        }
        if (c.cue().endsWith("ing") && ctx.attributed.containsKey(c.sentence())) {
            List<Speaker> same = ctx.attributed.get(c.sentence());
            return List.of(same.get(same.size() - 1));
        }
        return List.of();
    }

    /**
     * Where the clause of the subject ending at token {@code last} begins: after the last comma before it that is not
     * inside a quote, or {@code from} when there is none.
     */
    private static int clauseStart(Context ctx, int from, int last) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        for (int k = last; k > from; k--) {
            String w = tokens.get(k).text();
            if ((w.equals(",") || w.equals(";")) && !ctx.quoted[k]) {
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

    /** The mention and the ones coordinated with it: "X and Y", "X, Y and Z", "X's and Y's". */
    private List<Speaker> coordinated(Context ctx, Gazetteer.Mention m, Segmenter.Sentence sentence, String method,
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
    private NewSpeaker nameAfterRole(Context ctx, Gazetteer.Mention m) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        int t = m.endToken();
        while (t < tokens.size() && t - m.endToken() < 4 && tokens.get(t).isCapitalized() && tokens.get(t).isWord()
                && ctx.mentionAt[t] == null && !title(tokens.get(t).lower()) && !DEMONYMS.containsKey(tokens.get(t).lower())
                && tokens.get(t).start() - tokens.get(t - 1).end() <= 1) {
            t++;
        }
        if (t == m.endToken() || m.possessive()) {
            return null;
        }
        int roleStart = m.firstToken();
        while (roleStart > 0 && tokens.get(roleStart - 1).isCapitalized() && (title(tokens.get(roleStart - 1).lower())
                || DEMONYMS.containsKey(tokens.get(roleStart - 1).lower()))) {
            roleStart--;
        }
        return ctx.known(newSpeaker(tokens, roleStart, m.endToken(), t));
    }

    /** A generic role phrase goes to the last speaker mentioned with a role that ends the same way. */
    private Gazetteer.SpeakerEntry resolveRole(Context ctx, Gazetteer.Mention m) {
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
    private List<Speaker> corefer(Context ctx, int s, boolean personOnly, String why) {
        List<Speaker> same = ctx.attributed.get(s);
        if (same != null) {
            Speaker last = same.get(same.size() - 1);
            return List.of(new Speaker(last.known(), last.unknown(), "coreference: " + why, 0.6));
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

    /** "Polish Defence Minister Wladyslaw Kosiniak-Kamysz" ending before token {@code end}. */
    private NewSpeaker unknownBefore(Context ctx, int end, int from) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        int t = end - 1;
        // Skip an age after the name: "<Name>, 80,".
        if (t - 2 >= from && tokens.get(t).text().equals(",") && Character.isDigit(tokens.get(t - 1).text().charAt(0))
                && tokens.get(t - 2).text().equals(",")) {
            t -= 3;
        }
        int nameEnd = t + 1;
        while (t >= from && tokens.get(t).isCapitalized() && tokens.get(t).isWord() && ctx.mentionAt[t] == null
                && !title(tokens.get(t).lower()) && !DEMONYMS.containsKey(tokens.get(t).lower())) {
            t--;
        }
        int nameStart = t + 1;
        // A lone surname right before the verb at the start of a clause ("Rutte said that …") names a person too.
        boolean loneSurname = nameEnd - nameStart == 1 && nameEnd == end && (nameStart == from
                || tokens.get(nameStart - 1).text().equals(",")) && tokens.get(nameStart).text().length() > 2
                && !SUBJECT_PRONOUNS.contains(tokens.get(nameStart).lower());
        if ((nameEnd - nameStart < 2 && !loneSurname) || nameEnd - nameStart > 4) {
            return null;
        }
        int roleStart = nameStart;
        while (roleStart - 1 >= from && (title(tokens.get(roleStart - 1).lower())
                || DEMONYMS.containsKey(tokens.get(roleStart - 1).lower())) && tokens.get(roleStart - 1).isCapitalized()) {
            roleStart--;
        }
        return newSpeaker(tokens, roleStart, nameStart, nameEnd);
    }

    /** A name after "according to" / "by": optional role words, then two to four capitalized words. */
    private NewSpeaker unknownAfter(Context ctx, int from, int end) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        int t = from;
        while (t < end && tokens.get(t).isCapitalized() && (title(tokens.get(t).lower())
                || DEMONYMS.containsKey(tokens.get(t).lower()))) {
            t++;
        }
        int nameStart = t;
        while (t < end && tokens.get(t).isCapitalized() && tokens.get(t).isWord() && ctx.mentionAt[t] == null) {
            t++;
        }
        if (t - nameStart < 2 || t - nameStart > 4) {
            return null;
        }
        return newSpeaker(tokens, from, nameStart, t);
    }

    private NewSpeaker newSpeaker(List<Segmenter.Token> tokens, int roleStart, int nameStart, int nameEnd) {
        String name = join(tokens, nameStart, nameEnd);
        String role = roleStart < nameStart ? join(tokens, roleStart, nameStart) : null;
        String country = null;
        for (int k = roleStart; k < nameStart; k++) {
            String w = tokens.get(k).lower();
            if (DEMONYMS.containsKey(w)) {
                country = DEMONYMS.get(w);
                break;
            }
            String asCountry = tokens.get(k).text();
            if (gazetteer.actorOfCountry(asCountry).isPresent()) {
                country = asCountry;
                break;
            }
        }
        String actor = country == null ? null : gazetteer.actorOfCountry(country).map(Gazetteer.ActorEntry::key).orElse(null);
        return new NewSpeaker(name, role, actor, country);
    }

    private static String join(List<Segmenter.Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && tokens.get(k).start() > tokens.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
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
