package org.stanceline.ingest;

import org.stanceline.similarity.ConfirmedExample;
import org.stanceline.similarity.MiniLmEmbedder;
import org.stanceline.similarity.SentenceEmbedder;
import org.stanceline.similarity.SimilarityJudge;
import org.stanceline.similarity.TopicSeed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The pipeline with the sentence model: the test part's figures after 0, 25, 50 and 100 confirmations (the
 * learning curve), and the throughput with the model. Confirmations are drawn, in a seeded random order, from
 * the tune part's gold statements (87); past those, from the demo corpus (the seeds' coding), which an
 * installation starts with confirmed. The test part is never a confirmation.
 */
final class LearnedFigures {

    static final int[] CURVE = {0, 25, 50, 100};
    /** Relevance a span the rules give no topic needs before the model proposes it (see SimilarityConfig). */
    static final double RELEVANCE = 0.55;

    record Step(int confirmations, String source, EvidenceFigures.Figures test) {
    }

    /** {@code repeatCpuSeconds}: the same articles once more through a pipeline whose embedder caches span vectors. */
    record Throughput(int articles, long bytes, double cpuSeconds, double wallSeconds, int sentences, int embedded,
                      double rulesCpuSeconds, double repeatCpuSeconds) {
        double per4kPerCpuSecond() {
            return bytes / 4096.0 / cpuSeconds;
        }

        String line() {
            return String.format(Locale.ROOT, "throughput with the model: %.1f articles of 4 KB per CPU-second on one core"
                            + " (target >= 20); %.1f per wall-clock second (%d articles, %.0f KB, %.2f s CPU, %.2f s wall,"
                            + " %d proposals, %d spans embedded); the rules alone: %.1f per CPU-second; the same texts"
                            + " ingested again (span vectors cached): %.1f per CPU-second",
                    per4kPerCpuSecond(), bytes / 4096.0 / wallSeconds, articles, bytes / 1024.0, cpuSeconds, wallSeconds,
                    sentences, embedded, bytes / 4096.0 / rulesCpuSeconds, bytes / 4096.0 / repeatCpuSeconds);
        }
    }

    private LearnedFigures() {
    }

    /** Counts the spans embedded, for the throughput line. */
    static final class Counting implements SentenceEmbedder {
        final SentenceEmbedder model;
        final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

        Counting(SentenceEmbedder model) {
            this.model = model;
        }

        @Override
        public float[] embed(String sentence) {
            calls.incrementAndGet();
            return model.embed(sentence);
        }

        @Override
        public List<float[]> embedAll(List<String> sentences) {
            calls.addAndGet(sentences.size());
            return model.embedAll(sentences);
        }
    }

    static final Counting EMBEDDER = new Counting(MiniLmEmbedder.load(1, Integer.getInteger("similarity.tokens", MiniLmEmbedder.MAX_TOKENS)));

    static SimilarityJudge judge() {
        return SimilarityJudge.create(EMBEDDER, TopicSeed.standard(), SimilarityJudge.Settings.STANDARD);
    }

    /** The confirmation pool: tune part first (shuffled), then the demo corpus (shuffled). */
    static List<ConfirmedExample> pool(SentenceEmbedder embedder) throws IOException {
        List<ConfirmedExample> tune = examples(embedder, DevSet.devset(DevSet.Part.TUNE));
        List<ConfirmedExample> corpus = examples(embedder, DevSet.seeds(EvidenceFiguresCommand.DATA, EvidenceFiguresCommand.SEEDS));
        Collections.shuffle(tune, new Random(11));
        Collections.shuffle(corpus, new Random(12));
        List<ConfirmedExample> out = new ArrayList<>(tune);
        out.addAll(corpus);
        return out;
    }

    static List<ConfirmedExample> examples(SentenceEmbedder embedder, List<DevSet.Article> articles) {
        List<ConfirmedExample> out = new ArrayList<>();
        for (DevSet.Article a : articles) {
            for (DevSet.Gold g : a.gold()) {
                out.add(new ConfirmedExample(null, g.quote(), g.topic(), g.stance(), embedder.embed(g.quote())));
            }
        }
        return out;
    }

    static List<Step> curve(IngestPipeline rules, SimilarityJudge judge, Set<String> actors) throws IOException {
        List<ConfirmedExample> pool = pool(judge.embedder());
        long tune = DevSet.devset(DevSet.Part.TUNE).stream().mapToLong(a -> a.gold().size()).sum();
        List<DevSet.Article> test = DevSet.devset(DevSet.Part.TEST);
        List<Step> out = new ArrayList<>();
        for (int n : CURVE) {
            int take = Math.min(n, pool.size());
            String source = take <= tune ? "tune part" : "tune part (" + tune + ") + demo corpus (" + (take - tune) + ")";
            IngestPipeline p = rules.withJudge(judge.withExamples(pool.subList(0, take)), RELEVANCE);
            out.add(new Step(take, source, EvidenceFigures.evaluate("dev set, test part, model + " + take + " confirmations",
                    p, test, actors)));
        }
        return out;
    }

    /**
     * The tune part with the model, each article judged by the confirmations of the other tune articles and the demo
     * corpus (leave one article out), so a change to when the model is asked can be measured without the test part.
     */
    static EvidenceFigures.Figures tuneLeaveOneOut(IngestPipeline rules, SimilarityJudge judge, Set<String> actors)
            throws IOException {
        List<DevSet.Article> tune = DevSet.devset(DevSet.Part.TUNE);
        java.util.Map<String, List<ConfirmedExample>> byArticle = new java.util.HashMap<>();
        tune.forEach(a -> byArticle.put(a.id(), examples(judge.embedder(), List.of(a))));
        List<ConfirmedExample> corpus = examples(judge.embedder(), DevSet.seeds(EvidenceFiguresCommand.DATA,
                EvidenceFiguresCommand.SEEDS));
        return EvidenceFigures.evaluate("dev set, tune part, model + the other tune articles' and the demo corpus's "
                + "confirmations (leave one article out)", a -> {
                    List<ConfirmedExample> others = new ArrayList<>(corpus);
                    byArticle.forEach((id, ex) -> {
                        if (!id.equals(a.id())) {
                            others.addAll(ex);
                        }
                    });
                    return rules.withJudge(judge.withExamples(others), RELEVANCE);
                }, tune, actors);
    }

    static String curveTable(EvidenceFigures.Figures rulesOnly, List<Step> steps) {
        StringBuilder b = new StringBuilder("learning curve on the test part (confirmations drawn from the tune part; "
                + "the rules alone first)\n");
        b.append(String.format(Locale.ROOT, "  %-28s %6s %6s %6s %6s %6s %6s %6s %6s%n", "confirmations", "F1", "speakr",
                "actor", "topic", "exact", "st±1", "day", "dupl"));
        row(b, "rules only (no model)", rulesOnly);
        for (Step s : steps) {
            row(b, s.confirmations() + " (" + (s.confirmations() == 0 ? "topic seeds only" : s.source()) + ")", s.test());
        }
        b.append(String.format(Locale.ROOT, "  %-28s %6s %6s %6s %6s %6s %6s %6s %6s%n", "target", ">=.85", ">=.95", ">=.95",
                ">=.85", ">=.60", ">=.85", ">=.70", "0"));
        return b.toString();
    }

    private static void row(StringBuilder b, String label, EvidenceFigures.Figures f) {
        b.append(String.format(Locale.ROOT, "  %-28s %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f%n",
                label.length() > 28 ? label.substring(0, 28) : label, f.f1(), f.speaker(), f.actor(), f.topic(),
                f.stanceExactRate(), f.stanceWithinOneRate(), f.dayDate(), f.duplicatesPerSpan()));
        if (label.length() > 28) {
            b.append("    (").append(label).append(")\n");
        }
    }

    /** One thread, so CPU time is one core's; ONNX Runtime runs in the calling thread with one intra-op thread. */
    /**
     * The pipeline with the model is measured cold: its embedder caches nothing, so every span the model is asked
     * about is embedded each round (the rounds repeat the same texts). {@code cached} is the same pipeline over a
     * caching embedder, as the server runs it, measured after one pass: what a repeated ingest costs.
     */
    static Throughput throughput(IngestPipeline rules, IngestPipeline pipeline, IngestPipeline cached,
                                 List<DevSet.Article> articles) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 2; round++) { // warm-up: JIT and ONNX Runtime's first runs
            articles.forEach(a -> pipeline.run(a.text(), new IngestPipeline.Metadata(null, a.publishedOn(), a.precision())));
        }
        long rulesStart = cpu.getCurrentThreadCpuTime();
        for (int round = 0; round < 3; round++) {
            articles.forEach(a -> rules.run(a.text(), new IngestPipeline.Metadata(null, a.publishedOn(), a.precision())));
        }
        double rulesCpu = (cpu.getCurrentThreadCpuTime() - rulesStart) / 1e9;
        long bytes = 0;
        int spans = 0;
        int calls = EMBEDDER.calls.get();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            for (DevSet.Article a : articles) {
                spans += pipeline.run(a.text(), new IngestPipeline.Metadata(null, a.publishedOn(), a.precision()))
                        .statements().size();
                bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        double cold = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - start) / 1e9;
        int embedded = EMBEDDER.calls.get() - calls;
        articles.forEach(a -> cached.run(a.text(), new IngestPipeline.Metadata(null, a.publishedOn(), a.precision())));
        long repeatStart = cpu.getCurrentThreadCpuTime();
        for (int round = 0; round < 3; round++) {
            articles.forEach(a -> cached.run(a.text(), new IngestPipeline.Metadata(null, a.publishedOn(), a.precision())));
        }
        return new Throughput(articles.size() * 3, bytes, cold, wall, spans, embedded, rulesCpu,
                (cpu.getCurrentThreadCpuTime() - repeatStart) / 1e9);
    }
}
