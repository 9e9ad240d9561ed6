package org.stanceline.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stage 6: which tracked question a statement is about. Counts the topic's cue terms (from the lexicon,
 * or for a topic the lexicon does not know, the content words of its question) in the statement, and
 * when the statement names none, in its paragraph. Multi-word terms weigh double.
 */
public final class TopicClassifier {

    public record TopicEntry(String key, String question, String description) {
    }

    public record TopicScore(String key, double score, List<String> cues, boolean fromContext) {
    }

    private static final Set<String> STOP = Set.of("should", "would", "could", "their", "there", "which", "where",
            "while", "about", "after", "before", "other", "these", "those", "being", "under", "against", "western",
            "ukraine", "russia", "receive", "current", "states", "substantially", "become", "member", "example");

    private final List<String> keys = new ArrayList<>();
    private final PhraseMatcher matcher;
    private final List<String> precedence;
    private final List<String> fallback;

    public TopicClassifier(List<TopicEntry> topics, Lexicon lexicon) {
        List<List<String>> lists = new ArrayList<>();
        for (TopicEntry t : topics) {
            List<String> terms = lexicon.topics().get(t.key());
            if (terms == null || terms.isEmpty()) {
                terms = new ArrayList<>();
                for (String w : t.question().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
                    if (w.length() >= 5 && !STOP.contains(w)) {
                        terms.add(w);
                    }
                }
            }
            if (!terms.isEmpty()) {
                keys.add(t.key());
                lists.add(terms);
            }
        }
        matcher = new PhraseMatcher(lists);
        precedence = lexicon.topicPrecedence();
        fallback = lexicon.topicFallback();
    }

    /** Topics of a statement, best first: the best one plus any close second (at most two). */
    public List<TopicScore> classify(String statement, String paragraph) {
        List<TopicScore> scores = score(statement, false);
        if (scores.isEmpty() && paragraph != null) {
            scores = score(paragraph, true);
        }
        if (scores.isEmpty()) {
            return List.of();
        }
        scores = byPrecedence(scores);
        double best = scores.get(0).score();
        List<TopicScore> out = new ArrayList<>();
        for (TopicScore s : scores) {
            if (out.size() < 2 && (s.score() >= best || s.score() >= 2 && s.score() >= 0.75 * best)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The codebook's overlap rule: a topic named in the lexicon's precedence list (soldiers on the ground)
     * decides a statement that names it, even where a broader topic (guarantees, talks) scores higher.
     */
    private List<TopicScore> byPrecedence(List<TopicScore> scores) {
        // Codebook 1.3: a statement on what the settlement would contain (troops, guarantees, NATO, territory) is
        // on that topic, not on the talks; a fallback topic decides only when no other topic is named.
        if (scores.size() > 1 && fallback.contains(scores.get(0).key())) {
            List<TopicScore> out = new ArrayList<>(scores);
            TopicScore talks = out.remove(0);
            TopicScore next = out.get(0);
            out.set(0, new TopicScore(next.key(), Math.max(next.score(), talks.score()), next.cues(), next.fromContext()));
            out.add(1, talks);
            scores = out;
        }
        for (String key : precedence) {
            for (int k = 1; k < scores.size(); k++) {
                if (scores.get(k).key().equals(key)) {
                    List<TopicScore> out = new ArrayList<>(scores);
                    TopicScore first = out.remove(k);
                    out.add(0, new TopicScore(first.key(), Math.max(first.score(), scores.get(0).score()), first.cues(),
                            first.fromContext()));
                    return out;
                }
            }
        }
        return scores;
    }

    private List<TopicScore> score(String text, boolean context) {
        double[] score = new double[keys.size()];
        List<List<String>> cues = new ArrayList<>();
        keys.forEach(k -> cues.add(new ArrayList<>()));
        for (PhraseMatcher.Hit h : matcher.find(text)) {
            score[h.category()] += h.phrase().contains(" ") ? 2 : 1;
            String cue = text.substring(h.start(), h.end());
            if (!cues.get(h.category()).contains(cue)) {
                cues.get(h.category()).add(cue);
            }
        }
        List<TopicScore> scores = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            if (score[k] > 0) {
                scores.add(new TopicScore(keys.get(k), score[k], cues.get(k), context));
            }
        }
        scores.sort(Comparator.comparingDouble(TopicScore::score).reversed());
        return scores;
    }
}
