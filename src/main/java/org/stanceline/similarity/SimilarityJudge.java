package org.stanceline.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The learned half of topic and stance: a proposal's sentence vector is compared with each topic's seed
 * sentences ({@link TopicSeed}) and with the statements analysts confirmed. The rules' topic scores, the
 * seeds and the nearest confirmed statements vote together on the topic; the nearest confirmed statements on
 * that topic vote on the stance, which the pipeline takes only where its rules found no cue. Immutable: one
 * judge serves concurrent requests, and a new one is built when the confirmed statements change.
 */
public final class SimilarityJudge {

    /**
     * How much each voice counts. {@code neighbours}: how many confirmed statements vote; {@code minSimilarity}:
     * closer than this (cosine) or they do not vote.
     */
    public record Settings(int neighbours, double minSimilarity, double ruleWeight, double contextWeight,
                           double seedWeight, double neighbourWeight, double stanceMinWeight) {
        public static final Settings STANDARD = new Settings(5, 0.45, 1.0, 0.5, 2.0, 1.5, 0.9);
    }

    /** A topic the rules found, with its cue score; {@code fromContext}: found in the paragraph, not the span. */
    public record RuleTopic(String key, double score, boolean fromContext) {
    }

    /**
     * The judge's reading of one span: its topic, whether that overrules the rules' first topic, the stance the
     * neighbours on that topic vote for (null: too few close ones), the neighbours that voted, and why.
     */
    public record Judgement(String topic, boolean overruled, Integer stance, List<Neighbour> neighbours, String reason,
                            double relevance) {
    }

    private record Seed(String topic, float[] vector) {
    }

    private final SentenceEmbedder embedder;
    private final List<Seed> seeds;
    private final List<ConfirmedExample> examples;
    private final Settings settings;

    private SimilarityJudge(SentenceEmbedder embedder, List<Seed> seeds, List<ConfirmedExample> examples, Settings settings) {
        this.embedder = embedder;
        this.seeds = seeds;
        this.examples = examples;
        this.settings = settings;
    }

    /** Embeds the topics' seed sentences (a few dozen, once). */
    public static SimilarityJudge create(SentenceEmbedder embedder, List<TopicSeed> topicSeeds, Settings settings) {
        List<Seed> seeds = new ArrayList<>();
        for (TopicSeed t : topicSeeds) {
            t.sentences().forEach(s -> seeds.add(new Seed(t.topic(), embedder.embed(s))));
        }
        return new SimilarityJudge(embedder, List.copyOf(seeds), List.of(), settings);
    }

    /** The same judge learning from these confirmed statements instead (vectors already computed). */
    public SimilarityJudge withExamples(List<ConfirmedExample> confirmed) {
        return new SimilarityJudge(embedder, seeds, List.copyOf(confirmed), settings);
    }

    public SentenceEmbedder embedder() {
        return embedder;
    }

    public int examples() {
        return examples.size();
    }

    /** Judges a span's topic among the topics the pipeline tracks ({@code known}), and its neighbours' stance. */
    public Judgement judge(String quote, List<RuleTopic> rules, java.util.Set<String> known) {
        return judge(embedder.embed(quote), rules, known);
    }

    /** The same for a span already embedded ({@link #embedAll}). */
    public Judgement judge(float[] v, List<RuleTopic> rules, java.util.Set<String> known) {
        Map<String, Double> score = new LinkedHashMap<>();
        double bestRule = rules.stream().mapToDouble(RuleTopic::score).max().orElse(0);
        for (RuleTopic r : rules) {
            double w = (r.fromContext() ? settings.contextWeight() : settings.ruleWeight()) * r.score() / bestRule;
            score.merge(r.key(), w, Math::max);
        }
        Map<String, Double> seedSimilarity = new HashMap<>();
        for (Seed s : seeds) {
            if (known.contains(s.topic())) {
                seedSimilarity.merge(s.topic(), SentenceEmbedder.cosine(v, s.vector()), Math::max);
            }
        }
        seedSimilarity.forEach((t, sim) -> score.merge(t, settings.seedWeight() * sim, Double::sum));
        List<Neighbour> near = nearest(v, known);
        for (Neighbour n : near) {
            score.merge(n.topic(), settings.neighbourWeight() * n.similarity() / settings.neighbours(), Double::sum);
        }
        String topic = score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        String ruleFirst = rules.isEmpty() ? null : rules.get(0).key();
        boolean overruled = topic != null && !topic.equals(ruleFirst);
        Integer stance = stanceVote(near, topic);
        String reason = String.format(Locale.ROOT, "sentence model: topic %s (seed similarity %.2f%s)", topic,
                seedSimilarity.getOrDefault(topic, 0.0), near.isEmpty() ? ", no confirmed statement close enough"
                        : ", " + near.size() + " confirmed statements close");
        // How clearly the span is about its topic at all: its closest seed sentence or confirmed statement.
        double relevance = seedSimilarity.getOrDefault(topic, 0.0);
        for (Neighbour n : near) {
            relevance = n.topic().equals(topic) ? Math.max(relevance, n.similarity()) : relevance;
        }
        return new Judgement(topic, overruled, stance, near, reason, relevance);
    }

    /** The confirmed statements closest to {@code v}, closest first, at most {@code neighbours}, above the threshold. */
    List<Neighbour> nearest(float[] v, java.util.Set<String> known) {
        List<Neighbour> all = new ArrayList<>();
        for (ConfirmedExample e : examples) {
            double sim = SentenceEmbedder.cosine(v, e.vector());
            if (sim >= settings.minSimilarity() && known.contains(e.topic())) {
                all.add(new Neighbour(e.id(), e.quote(), e.topic(), e.stance(), Math.round(sim * 1000) / 1000.0));
            }
        }
        all.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
        return all.size() > settings.neighbours() ? List.copyOf(all.subList(0, settings.neighbours())) : all;
    }

    /** The similarity-weighted mean stance of the neighbours on {@code topic}, when they weigh enough. */
    private Integer stanceVote(List<Neighbour> near, String topic) {
        double weight = 0;
        double sum = 0;
        for (Neighbour n : near) {
            if (n.topic().equals(topic)) {
                weight += n.similarity();
                sum += n.similarity() * n.stance();
            }
        }
        return weight < settings.stanceMinWeight() ? null : (int) Math.round(sum / weight);
    }
}
