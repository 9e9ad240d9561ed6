package org.stanceline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "her");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "his", "her", "their", "it", "its", "this",
            "these", "that", "whom");

    private final SpeakerNames names;
    private final SpeakerReferences references;
    private final ClauseSubject subjects;

    public SpeakerAttributor(Gazetteer gazetteer) {
        this.names = new SpeakerNames(gazetteer);
        this.references = new SpeakerReferences(names);
        this.subjects = new ClauseSubject(names, references);
    }

    public List<Attributed> attribute(Segmenter.Segmented doc, List<Gazetteer.Mention> mentions,
                                      List<StatementExtractor.Candidate> candidates) {
        List<StatementExtractor.Candidate> ordered = new ArrayList<>(candidates);
        // In reading order of the words that name the speaker, so "she" only looks back at speakers named before it.
        ordered.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence())
                : Integer.compare(anchorOf(a), anchorOf(b)));
        AttributionContext ctx = new AttributionContext(doc, mentions, names);
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

    /**
     * "For Moscow, the abandonment of … is a key demand": a clause opened by "For X," states X's position, whoever
     * else it names (codebook 0: the speaker is whoever holds the position).
     */
    private List<Speaker> openingHolder(AttributionContext ctx, Segmenter.Sentence sentence, StatementExtractor.Candidate c) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        int first = sentence.firstToken();
        if (first + 2 >= sentence.endToken() || !tokens.get(first).lower().equals("for") || ctx.quoted[first]) {
            return List.of();
        }
        Gazetteer.Mention m = ctx.mentionAt[first + 1];
        if (m == null || m.possessive() || m.endToken() >= sentence.endToken() || !tokens.get(m.endToken()).text().equals(",")) {
            return List.of();
        }
        return references.coordinated(ctx, m, sentence, "'For " + m.matched() + ",' opens the sentence", 0.7, false);
    }

    private static int anchorOf(StatementExtractor.Candidate c) {
        return c.anchor() >= 0 ? c.anchor() : c.regionEnd();
    }

    private List<Speaker> resolve(AttributionContext ctx, StatementExtractor.Candidate c) {
        List<Segmenter.Token> tokens = ctx.doc.tokens();
        Segmenter.Sentence sentence = ctx.doc.sentences().get(c.sentence());
        List<Speaker> holder = openingHolder(ctx, sentence, c);
        if (!holder.isEmpty()) {
            return holder;
        }
        switch (c.mode()) {
            case POSSESSOR -> {
                return references.coordinated(ctx, ctx.mentionAt[c.anchor()], sentence, "possessor of '" + c.cue() + "'", 0.6, true);
            }
            case OBJECT -> {
                int t = c.anchor();
                while (t < c.regionEnd() && ctx.mentionAt[t] == null && (ARTICLES.contains(tokens.get(t).lower())
                        || tokens.get(t).isCapitalized() && SpeakerNames.TITLE_WORDS.contains(tokens.get(t).lower()))) {
                    t++;
                }
                if (t >= c.regionEnd()) {
                    return List.of();
                }
                if (ctx.mentionAt[t] != null) {
                    return references.coordinated(ctx, ctx.mentionAt[t], sentence, "named after '" + c.cue() + "'", 0.7, false);
                }
                if (PRONOUNS.contains(tokens.get(t).lower())) {
                    return references.corefer(ctx, c.sentence(), PERSON_PRONOUNS.contains(tokens.get(t).lower()),
                            "'" + tokens.get(t).text() + "' after '" + c.cue() + "'");
                }
                NewSpeaker unknown = ctx.known(names.unknownAfter(ctx, t, c.regionEnd()));
                return unknown == null ? List.of() : List.of(new Speaker(null, unknown, "new speaker after '" + c.cue() + "'", 0.4));
            }
            case QUOTE -> {
                if (c.anchor() >= 0 && c.regionStart() < tokens.size() && tokens.get(c.regionStart()).start() > c.start()) {
                    // Attribution after the quote: a name right after the closing mark, before or after the verb.
                    for (int t = c.regionStart(); t < c.regionEnd(); t++) {
                        if (ctx.mentionAt[t] != null && !ctx.mentionAt[t].possessive()) {
                            return references.coordinated(ctx, ctx.mentionAt[t], sentence, "named at the quote", 0.9, false);
                        }
                        if (PRONOUNS.contains(tokens.get(t).lower())) {
                            return references.corefer(ctx, c.sentence(), PERSON_PRONOUNS.contains(tokens.get(t).lower()),
                                    "'" + tokens.get(t).text() + "' at the quote");
                        }
                    }
                    NewSpeaker unknown = ctx.known(names.unknownAfter(ctx, c.anchor() + 1, c.regionEnd()));
                    if (unknown == null) {
                        unknown = ctx.known(names.unknownBefore(ctx, c.anchor(), c.regionStart()));
                    }
                    return unknown == null ? references.corefer(ctx, c.sentence(), false, "quote without a name")
                            : List.of(new Speaker(null, unknown, "new speaker at the quote", 0.5));
                }
                int verb = c.anchor() >= 0 ? c.anchor() : c.regionEnd();
                List<Speaker> s = subjects.subject(ctx, c, c.regionStart(), verb, sentence);
                if (!s.isEmpty() || c.anchor() >= 0) {
                    return s;
                }
                return references.corefer(ctx, c.sentence(), false, "quote without attribution").stream()
                        .map(x -> new Speaker(x.known(), x.unknown(), x.method(), Math.min(x.confidence(), 0.4))).toList();
            }
            default -> {
                return subjects.subject(ctx, c, c.regionStart(), c.anchor(), sentence);
            }
        }
    }
}
