package org.stanceline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage 4: finds what was said. Direct quotes (straight or curly marks, several sentences, split by an
 * attribution, quotes from posts) and reported speech: a reporting or position verb ("said that",
 * "warned", "has repeatedly said", "told <a station> that", "insists", "rejects"), "according to X",
 * passive "criticized by X", "a threat from X", and a speaker's stated "idea", "plan" or "promise".
 * Direct quotes are found by {@link DirectQuotes}. Each candidate carries where its speaker should be looked for;
 * {@link SpeakerAttributor} decides who.
 */
public final class StatementExtractor {

    public enum Mode {
        /** The subject of the verb at {@code anchor}: before it in the clause. */
        SUBJECT,
        /** The noun phrase after the anchor ("according to X", "criticized by X", "a threat from X"). */
        OBJECT,
        /** The possessive mention at {@code anchor} ("X's idea"). */
        POSSESSOR,
        /** A quote: the attribution found in tokens {@code [regionStart, regionEnd)}, verb at {@code anchor}. */
        QUOTE
    }

    /** A span of the text that states a position; {@code cue} is the reporting word that found it. */
    public record Candidate(int start, int end, boolean verbatim, int sentence, Mode mode, int anchor, int regionStart,
                            int regionEnd, String cue) {
    }

    /** Reporting and position verbs; value: does it need a following "that", quote or object to count. */
    static final Map<String, Boolean> VERBS = new HashMap<>();
    static final Set<String> QUOTE_VERBS = Set.of("said", "says", "say", "wrote", "writes", "added", "concluded",
            "declared", "told", "posted", "tweeted", "insisted", "warned", "stressed", "noted", "explained", "continued",
            "argued", "stated", "saying", "writing", "adding", "declaring", "warning", "insisting", "according", "asked",
            "replied", "answered", "remarked", "commented", "claimed", "charged", "urged", "vowed");
    private static final Set<String> POSITION_NOUNS = Set.of("idea", "plan", "proposal", "position", "stance", "view",
            "views", "excuse", "argument", "claim", "demand", "demands", "promise", "promised", "pledge", "pledged",
            "aspiration", "aspirations", "aim", "goal", "call", "calls", "warning", "threat", "insistence", "offer",
            "vow", "vision", "condition", "conditions", "guarantee", "ultimatum", "red", "refusal", "rejection",
            "opposition", "support", "commitment", "willingness", "readiness");
    private static final Set<String> FROM_NOUNS = Set.of("threat", "threats", "warning", "warnings", "criticism",
            "condemnation", "pushback", "rebuke", "ultimatum", "demand", "demands", "pledge", "offer", "call");
    private static final Set<String> CONJUNCTIONS = Set.of("but", "or", "and", "while", "whereas", "yet");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "their", "its", "our");
    /** Participles that name an author with "by": "a plan hatched by X", "the proposal put forward by X". */
    private static final Set<String> AUTHORED = Set.of("hatched", "drafted", "floated", "championed", "pushed",
            "promoted", "spearheaded", "unveiled", "presented", "tabled", "outlined", "devised", "authored", "endorsed");
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "their", "its", "our", "such", "any", "'s", "of");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "remains", "remained");
    private static final Pattern CAPTION = Pattern.compile("(?i)\\((pictured|left|right|centre|center|above|below|inset)\\b.*");
    private static final Pattern DATE_AT_END = Pattern.compile(
            "(?i)\\b(\\d{1,2} (january|february|march|april|may|june|july|august|september|october|november|december) \\d{4}"
                    + "|(january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2}, \\d{4})$");

    static {
        for (String v : List.of("said", "says", "saying", "told", "tells", "telling", "warned", "warns", "warning",
                "stressed", "stresses", "stressing", "insisted", "insists", "insisting", "indicated", "indicates",
                "argued", "argues", "arguing", "stated", "stating", "declared", "declares", "claimed", "claims",
                "confirmed", "confirms", "suggested", "suggests", "suggesting", "emphasized", "emphasised", "emphasizes",
                "emphasises", "emphasizing", "announced", "announces", "accused", "accuses", "accusing", "wrote", "writes",
                "reiterated", "reiterates", "vowed", "vows", "vowing", "threatened", "threatens", "threatening", "urged",
                "urges", "urging", "demanded", "demands", "proposed", "proposes", "condemned", "condemns", "dismissed",
                "dismisses", "rejected", "rejects", "rejecting", "criticized", "criticised", "criticizes", "criticises",
                "expressed", "expresses", "expressing", "believes", "believed", "maintained", "maintains", "compared",
                "compares", "encouraged", "encourages", "labeled", "labelled", "labels", "interprets", "interpreted",
                "sees", "agreed", "agrees", "mediating", "backs", "backed", "supports", "opposes", "opposed", "dubbed",
                "asserted", "acknowledged", "admitted", "explained", "signalled", "signaled", "hinted", "pledged",
                "pledges", "promised", "promises", "cautioned", "predicted", "added", "noted", "charged", "stating",
                "mentioned", "highlighted", "underlined", "reaffirmed", "demanding")) {
            VERBS.put(v, Boolean.FALSE);
        }
        // Words that report only with a clause or an object after them.
        for (String v : List.of("added", "noted", "charged", "promised", "promises", "agreed", "agrees", "backed",
                "supports", "sees", "believed", "claims", "demands", "warning", "mentioned", "highlighted", "underlined",
                "reaffirmed", "demanding")) {
            VERBS.put(v, Boolean.TRUE);
        }
    }

    private StatementExtractor() {
    }

    public static List<Candidate> extract(Segmenter.Segmented doc, List<Gazetteer.Mention> mentions) {
        String text = doc.text();
        List<Segmenter.Token> tokens = doc.tokens();
        List<Segmenter.Sentence> sentences = doc.sentences();
        boolean[] inQuote = new boolean[tokens.size()];
        boolean[] captionParagraph = captionParagraphs(doc);
        List<Candidate> out = new ArrayList<>();
        Gazetteer.Mention[] mentionAt = new Gazetteer.Mention[tokens.size()];
        mentions.forEach(m -> mentionAt[m.firstToken()] = m);
        boolean[] quotedSentence = new boolean[sentences.size()];

        DirectQuotes.find(doc, captionParagraph, inQuote, out, quotedSentence);

        // Reported speech, sentence by sentence.
        for (int s = 0; s < sentences.size(); s++) {
            Segmenter.Sentence sentence = sentences.get(s);
            if (captionParagraph[sentence.paragraph()] || !endsLikeProse(text, sentence)) {
                continue;
            }
            int clauseStart = sentence.firstToken();
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                if (inQuote[t]) {
                    continue;
                }
                Segmenter.Token tok = tokens.get(t);
                String w = tok.lower();
                Candidate c = null;
                if (w.equals("according") && t + 1 < sentence.endToken() && tokens.get(t + 1).lower().equals("to")) {
                    c = new Candidate(sentence.start(), sentence.end(), false, s, Mode.OBJECT, t + 2, t + 2,
                            Math.min(sentence.endToken(), t + 8), "according to");
                } else if (FROM_NOUNS.contains(w) && t + 1 < sentence.endToken() && tokens.get(t + 1).lower().equals("from")) {
                    c = new Candidate(sentence.start(), sentence.end(), false, s, Mode.OBJECT, t + 2, t + 2,
                            Math.min(sentence.endToken(), t + 8), w + " from");
                } else if (w.equals("made") || w.equals("makes") || w.equals("make")) {
                    if (t + 2 < sentence.endToken() && tokens.get(t + 1).lower().equals("it")
                            && tokens.get(t + 2).lower().equals("clear")) {
                        c = new Candidate(sentence.start(), sentence.end(), false, s, Mode.SUBJECT, t, clauseStart, t,
                                "made it clear");
                    }
                } else if ((w.equals("pushing") || w.equals("calling") || w.equals("called") || w.equals("calls"))
                        && t + 1 < sentence.endToken() && tokens.get(t + 1).lower().equals("for")) {
                    c = new Candidate(sentence.start(), sentence.end(), false, s, Mode.SUBJECT, t, clauseStart, t, w + " for");
                } else if (w.equals("behind") && t >= 2 && (BE.contains(tokens.get(t - 1).lower())
                        || BE.contains(tokens.get(t - 2).lower()))) {
                    c = new Candidate(sentence.start(), sentence.end(), false, s, Mode.SUBJECT, t, clauseStart, t, "behind");
                } else if (AUTHORED.contains(w) && t + 1 < sentence.endToken() && tokens.get(t + 1).lower().equals("by")) {
                    c = new Candidate(sentence.start(), sentence.end(), false, s, Mode.OBJECT, t + 2, t + 2,
                            Math.min(sentence.endToken(), t + 10), w + " by");
                } else if (VERBS.containsKey(w) && !isNounUse(tokens, t, sentence)) {
                    if (t + 1 < sentence.endToken() && tokens.get(t + 1).lower().equals("by")) {
                        c = new Candidate(sentence.start(), sentence.end(), false, s, Mode.OBJECT, t + 2, t + 2,
                                Math.min(sentence.endToken(), t + 9), w + " by");
                    } else if (!VERBS.get(w) || hasComplement(tokens, t, sentence)) {
                        c = new Candidate(sentence.start(), sentence.end(), false, s, Mode.SUBJECT, t, clauseStart, t, w);
                    }
                } else if (mentionAt[t] != null && mentionAt[t].possessive() && !askedAbout(tokens, t, sentence)) {
                    int noun = positionNounAfter(tokens, mentionAt, mentionAt[t], sentence);
                    if (noun >= 0) {
                        c = new Candidate(sentence.start(), sentence.end(), false, s, Mode.POSSESSOR, t, t, noun,
                                tokens.get(noun).lower());
                    }
                }
                if (c != null) {
                    if (!(quotedSentence[s] && c.mode() == Mode.SUBJECT && QUOTE_VERBS.contains(w))) {
                        out.add(c);
                    }
                    if (c.mode() == Mode.SUBJECT) {
                        clauseStart = t + 1;
                    }
                }
            }
        }
        return out;
    }

    /** "when asked for Moscow's view", "asked about Kyiv's plan": a question about a position, not one stated. */
    private static boolean askedAbout(List<Segmenter.Token> tokens, int t, Segmenter.Sentence sentence) {
        for (int k = t - 1; k >= Math.max(sentence.firstToken(), t - 3); k--) {
            String w = tokens.get(k).lower();
            if (w.equals("asked") || w.equals("asking") || w.equals("asks")) {
                return true;
            }
        }
        return false;
    }




    /** "NATO member states", "the warning": a verb form used as a noun after a determiner or adjective. */
    private static boolean isNounUse(List<Segmenter.Token> tokens, int t, Segmenter.Sentence s) {
        if (t == s.firstToken()) {
            return true;
        }
        return NOUN_MARKERS.contains(tokens.get(t - 1).lower());
    }

    private static boolean hasComplement(List<Segmenter.Token> tokens, int t, Segmenter.Sentence s) {
        if (t + 1 >= s.endToken()) {
            return false;
        }
        String next = tokens.get(t + 1).lower();
        return next.equals("that") || next.equals("\"") || next.equals(",") || next.equals(":")
                || Character.isLetter(next.charAt(0));
    }

    private static int positionNounAfter(List<Segmenter.Token> tokens, Gazetteer.Mention[] mentionAt,
                                         Gazetteer.Mention m, Segmenter.Sentence s) {
        int t = m.endToken() + 1; // after 's
        int budget = 4;
        while (t < s.endToken() && budget > 0) {
            String w = tokens.get(t).lower();
            if (POSITION_NOUNS.contains(w)) {
                return t;
            }
            Gazetteer.Mention other = mentionAt[t];
            if (w.equals("and") && t + 1 < s.endToken() && mentionAt[t + 1] != null && mentionAt[t + 1].possessive()) {
                t = mentionAt[t + 1].endToken() + 1;
                continue;
            }
            if (other != null || w.equals(",") || w.equals(".") || w.equals("\"") || DETERMINERS.contains(w)
                    || CONJUNCTIONS.contains(w)) {
                return -1; // "Ukraine's NATO membership but offer no …": the possessor's noun ended at the conjunction
            }
            t++;
            budget--;
        }
        return -1;
    }

    /** Captions and headings: a "(pictured …)" note, or no closing punctuation but a trailing date. */
    private static boolean[] captionParagraphs(Segmenter.Segmented doc) {
        int count = doc.sentences().isEmpty() ? 0 : doc.sentences().get(doc.sentences().size() - 1).paragraph() + 1;
        boolean[] caption = new boolean[count];
        int start = 0;
        String text = doc.text();
        for (int p = 0; p < count; p++) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            String para = text.substring(start, end);
            String tail = para.length() > 40 ? para.substring(para.length() - 40) : para;
            caption[p] = para.indexOf('(') >= 0 && CAPTION.matcher(para).find() && para.length() < 600
                    || Character.isDigit(para.charAt(para.length() - 1)) && DATE_AT_END.matcher(tail).find();
            start = end + 2;
        }
        return caption;
    }

    private static boolean endsLikeProse(String text, Segmenter.Sentence s) {
        char last = text.charAt(s.end() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\'' || last == ')';
    }
}
