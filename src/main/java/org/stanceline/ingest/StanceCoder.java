package org.stanceline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stage 7: stance (−2..+2) and intensity (0..3) from explainable rules. Cue phrases vote for a
 * direction (strong cues count double); a negator just before a one-word cue flips it; hedges and
 * conditionals ("if", "only with", "in principle") cap the stance at ±1 and the intensity at 1.
 * Every cue that counted is kept, and the confidence grows with the evidence.
 */
public final class StanceCoder {

    public record Coding(int stance, int intensity, List<String> cues, double confidence) {
    }

    private static final int HEDGE = 4;
    private static final int FORCE = 5;
    private static final int WARNING = 6;
    private static final int FIRM = 7;
    private static final double[] WEIGHTS = {-2, -1, 1, 2};

    private final PhraseMatcher matcher;
    private final java.util.Map<String, Integer> topicCategory = new java.util.HashMap<>();
    private final List<String> negators;
    private final PhraseMatcher refusals;

    public StanceCoder(Lexicon lexicon) {
        List<List<String>> lists = new ArrayList<>(List.of(lexicon.strongNegative(), lexicon.mildNegative(),
                lexicon.mildPositive(), lexicon.strongPositive(), lexicon.hedges(), lexicon.force(), lexicon.warning(),
                lexicon.firm()));
        java.util.Set<String> topics = new java.util.LinkedHashSet<>(lexicon.topicNegative().keySet());
        topics.addAll(lexicon.topicPositive().keySet());
        for (String topic : topics) {
            topicCategory.put(topic, lists.size());
            lists.add(lexicon.topicNegative().getOrDefault(topic, List.of()));
            lists.add(lexicon.topicPositive().getOrDefault(topic, List.of()));
        }
        matcher = new PhraseMatcher(lists);
        negators = lexicon.negators();
        refusals = new PhraseMatcher(List.of(lexicon.refusals(), lexicon.mildPositive()));
    }

    public Coding code(String text) {
        return code(text, null);
    }

    /** Codes {@code text} against {@code topic}: the topic's own cues (its direction on that question) come first. */
    public Coding code(String text, String topic) {
        List<String> cues = new ArrayList<>();
        double score = 0;
        boolean strong = false;
        boolean[] taken = new boolean[text.length()];
        List<PhraseMatcher.Hit> all = matcher.find(text);
        Integer topicNegative = topic == null ? null : topicCategory.get(topic);
        boolean hedged = false;
        boolean forceCue = false;
        boolean warningCue = false;
        boolean firmCue = false;
        // Longer phrases first across all lists, so "will not be allowed" wins over "will"; topic cues before all.
        List<Object[]> hits = new ArrayList<>();
        for (PhraseMatcher.Hit h : all) {
            int c = h.category();
            if (c < HEDGE) {
                hits.add(new Object[]{h, WEIGHTS[c]});
            } else if (c == HEDGE) {
                hedged = true;
            } else if (c == FORCE) {
                forceCue = true;
            } else if (c == WARNING) {
                warningCue = true;
            } else if (c == FIRM) {
                firmCue = true;
            } else if (topicNegative != null && (c == topicNegative || c == topicNegative + 1)) {
                hits.add(new Object[]{h, c == topicNegative ? -1.5 : 1.5});
            }
        }
        hits.sort((a, b) -> {
            boolean ta = Math.abs((double) a[1]) == 1.5;
            boolean tb = Math.abs((double) b[1]) == 1.5;
            if (ta != tb) {
                return ta ? -1 : 1;
            }
            return Integer.compare(((PhraseMatcher.Hit) b[0]).phrase().length(), ((PhraseMatcher.Hit) a[0]).phrase().length());
        });
        int votes = 0;
        List<double[]> counted = new ArrayList<>();
        for (Object[] hw : hits) {
            PhraseMatcher.Hit h = (PhraseMatcher.Hit) hw[0];
            double w = (double) hw[1];
            if (Math.abs(w) == 1.5) {
                w = Math.signum(w) * 2;
            }
            if (overlaps(taken, h)) {
                continue;
            }
            mark(taken, h);
            if (!h.phrase().matches(".*\\b(not|no|never|n't)\\b.*") && negated(text, h.start())) {
                w = -Math.signum(w); // "not realistic", "no support": flipped, and no longer strong
            }
            counted.add(new double[]{h.start(), h.end(), w});
            votes++;
            addCue(cues, text.substring(h.start(), h.end()));
        }
        for (double w : phrasesOfOneIdea(text, notWarnedAbout(text, notSupposed(text, counted)))) {
            score += w;
            strong |= Math.abs(w) >= 1.5;
        }
        for (PhraseMatcher.Hit h : all) {
            if (h.category() == HEDGE) {
                addCue(cues, text.substring(h.start(), h.end()));
            }
        }
        int stance;
        if (score == 0) {
            stance = 0;
        } else {
            int magnitude = strong && Math.abs(score) >= 2 || Math.abs(score) >= 3 ? 2 : 1;
            stance = (int) Math.signum(score) * magnitude;
        }
        if (hedged && Math.abs(stance) == 2 && !(score < 0 && forceCue)) {
            stance = (int) Math.signum(stance);
        }
        int intensity = 0;
        if (forceCue && score < 0) {
            intensity = 3;
        } else if (warningCue) {
            intensity = 2;
        } else if (firmCue || strong) {
            intensity = 1;
        }
        if (hedged && intensity > 1 && score >= 0) {
            intensity = 1;
        }
        String refusal = refusal(text);
        if (refusal != null) {
            // A refusal of one's own part ("would not send", "ruled out", "no plans to") decides the span and is firm:
            // the positive words around it describe what is refused ("promised not to send", "support").
            stance = Math.min(stance, -1);
            intensity = Math.max(intensity, 1);
            addCue(cues, refusal);
        }
        double confidence = Math.min(0.9, 0.35 + 0.1 * Math.min(votes, 4) + (hedged ? 0 : 0.05));
        if (cues.isEmpty()) {
            confidence = 0.3;
        }
        return new Coding(stance, intensity, cues.size() > 20 ? cues.subList(0, 20) : cues, confidence);
    }

    /**
     * The weights of the counted cues, where cues next to each other (nothing but a short word such as "to" or "the"
     * between them) say one thing. Two mild ones of one direction count once: "pushed back against" is one objection,
     * not two (a strong cue beside another of its direction still adds: "unacceptable threat"). Of two directions, the
     * negative decides: a wish or readiness to do something negative ("desire to prevent", "ready to veto") is
     * opposition, and so is a negative verb on a positive object ("refuse to support").
     */
    private static List<Double> phrasesOfOneIdea(String text, List<double[]> counted) {
        counted.sort(java.util.Comparator.comparingDouble(c -> c[0]));
        List<Double> out = new ArrayList<>(counted.size());
        double run = 0;
        int runEnd = -1;
        for (double[] c : counted) {
            double w = c[2];
            if (runEnd >= 0 && adjacent(text, runEnd, (int) c[0])) {
                if (Math.signum(run) != Math.signum(w)) {
                    run = Math.min(run, w);
                } else if (Math.abs(run) >= 1.5 || Math.abs(w) >= 1.5) {
                    run += w;
                } // else: two mild cues of one direction, one idea
            } else {
                if (runEnd >= 0) {
                    out.add(run);
                }
                run = w;
            }
            runEnd = Math.max(runEnd, (int) c[1]);
        }
        if (runEnd >= 0) {
            out.add(run);
        }
        return out;
    }

    private static final java.util.regex.Pattern SUPPOSITION = java.util.regex.Pattern.compile("(?i)\\b(if|unless)\\b");

    /**
     * A condition states a case, not the speaker's position: in "if Ukraine does not join, it will build its own
     * army", "does not join" is not opposition. Cues inside an "if" / "unless" clause (up to its comma or "then") do
     * not count; the condition still caps the stance (the hedge), and the main clause decides its direction.
     */
    private static List<double[]> notSupposed(String text, List<double[]> counted) {
        java.util.regex.Matcher m = SUPPOSITION.matcher(text);
        List<int[]> clauses = new ArrayList<>();
        while (m.find()) {
            int end = text.indexOf(',', m.end());
            int then = text.toLowerCase(Locale.ROOT).indexOf(" then ", m.end());
            end = end < 0 ? text.length() : end;
            end = then >= 0 && then < end ? then : end;
            if (end < text.length()) { // a condition that runs to the end of the span has no main clause after it here
                clauses.add(new int[]{m.end(), end});
            }
        }
        if (clauses.isEmpty()) {
            return counted;
        }
        List<double[]> out = new ArrayList<>(counted.size());
        for (double[] c : counted) {
            boolean inside = clauses.stream().anyMatch(k -> c[0] >= k[0] && c[1] <= k[1]);
            if (!inside) {
                out.add(c);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern WARNING_OF = java.util.regex.Pattern.compile(
            "(?i)\\b(warned|warns|warn|warning)\\s+(that|against|of)\\b");
    private static final java.util.regex.Pattern CONTRAST = java.util.regex.Pattern.compile(
            "(?i)\\b(but|however|while|whereas|yet)\\b|;");

    /**
     * What a speaker warns of is what he opposes: in "warned that Western support would only prolong the war", the
     * support is the danger, not a position. Positive cues after "warned that / against / of" in the same clause (up to
     * a contrast: "but", "however", "while") are dropped.
     */
    private static List<double[]> notWarnedAbout(String text, List<double[]> counted) {
        java.util.regex.Matcher warning = WARNING_OF.matcher(text);
        if (!warning.find()) {
            return counted;
        }
        int from = warning.end();
        java.util.regex.Matcher contrast = CONTRAST.matcher(text);
        int to = contrast.find(from) ? contrast.start() : text.length();
        List<double[]> out = new ArrayList<>(counted.size());
        for (double[] c : counted) {
            if (!(c[2] > 0 && c[0] >= from && c[0] < to)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean adjacent(String text, int end, int start) {
        if (start < end) {
            return true;
        }
        String between = text.substring(end, start).strip().toLowerCase(Locale.ROOT);
        return between.isEmpty() || between.matches("to|the|a|an|any|such|this|that|all");
    }

    /** The first refusal phrase that is not part of a longer positive phrase ("did not rule out" is openness). */
    private String refusal(String text) {
        List<PhraseMatcher.Hit> hits = refusals.find(text);
        for (PhraseMatcher.Hit h : hits) {
            if (h.category() != 0) {
                continue;
            }
            boolean insidePositive = hits.stream().anyMatch(o -> o.category() == 1 && o.start() <= h.start()
                    && o.end() >= h.end() && o.end() - o.start() > h.end() - h.start());
            if (!insidePositive) {
                return text.substring(h.start(), h.end());
            }
        }
        return null;
    }

    private boolean negated(String text, int at) {
        String before = text.substring(Math.max(0, at - 25), at).toLowerCase(Locale.ROOT);
        String[] words = before.split("[^\\p{L}']+");
        for (int k = Math.max(0, words.length - 3); k < words.length; k++) {
            String w = words[k];
            if (negators.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(boolean[] taken, PhraseMatcher.Hit h) {
        for (int k = h.start(); k < h.end(); k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, PhraseMatcher.Hit h) {
        for (int k = h.start(); k < h.end(); k++) {
            taken[k] = true;
        }
    }

    private static void addCue(List<String> cues, String cue) {
        if (!cues.contains(cue) && cue.length() <= 100) {
            cues.add(cue);
        }
    }
}
