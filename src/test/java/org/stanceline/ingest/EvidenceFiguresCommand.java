package org.stanceline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.stanceline.similarity.CachingEmbedder;
import org.stanceline.similarity.ConfirmedExample;
import org.stanceline.similarity.SimilarityJudge;
import org.stanceline.similarity.TopicSeed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

/**
 * The figures command: prints extraction, attribution, topic, stance and date figures on the dev set's
 * test part, its tune part and the seeds, per stage and per topic, with the targets beside them.
 * Run with {@code ./mvnw -o -q test -Dquarkus.quinoa=false -Dtest=DevSetAccuracyTest}; add
 * {@code -Ddevset.details=true} for the misses of the tune part and the seeds (never of the test part:
 * rules are not written from it).
 */
final class EvidenceFiguresCommand {

    static final Path DATA = Path.of("data");
    static final Path SEEDS = Path.of("src/test/resources/ingest/seeds");

    private EvidenceFiguresCommand() {
    }

    /**
     * {@code test}, {@code tune}, {@code seeds}: the rules alone; {@code curve}: the test part with the sentence
     * model after 0, 25, 50, 100 confirmations; {@code model}: its last step; {@code seedsModel}: the seeds with
     * the model and the tune part's confirmations.
     */
    record All(EvidenceFigures.Figures test, EvidenceFigures.Figures tune, EvidenceFigures.Figures seeds,
               List<LearnedFigures.Step> curve, EvidenceFigures.Figures seedsModel, EvidenceFigures.Figures tuneModel,
               LearnedFigures.Throughput throughput) {
        EvidenceFigures.Figures model() {
            return curve.get(curve.size() - 1).test();
        }
    }

    static All measure() throws IOException {
        IngestPipeline pipeline = IngestPipeline.fromDataDir(DATA);
        Set<String> actors = knownActors();
        List<DevSet.Article> test = DevSet.devset(DevSet.Part.TEST);
        List<DevSet.Article> tune = DevSet.devset(DevSet.Part.TUNE);
        List<DevSet.Article> seeds = DevSet.seeds(DATA, SEEDS);
        SimilarityJudge judge = LearnedFigures.judge();
        List<LearnedFigures.Step> curve = LearnedFigures.curve(pipeline, judge, actors);
        List<ConfirmedExample> tuneExamples = LearnedFigures.examples(judge.embedder(), tune);
        IngestPipeline withTune = pipeline.withJudge(judge.withExamples(tuneExamples), LearnedFigures.RELEVANCE);
        IngestPipeline cached = pipeline.withJudge(SimilarityJudge.create(new CachingEmbedder(LearnedFigures.EMBEDDER, 4096),
                TopicSeed.standard(), SimilarityJudge.Settings.STANDARD).withExamples(tuneExamples), LearnedFigures.RELEVANCE);
        List<DevSet.Article> all = new ArrayList<>(test);
        all.addAll(tune);
        return new All(EvidenceFigures.evaluate("dev set, test part, rules only", pipeline, test, actors),
                EvidenceFigures.evaluate("dev set, tune part, rules only", pipeline, tune, actors),
                EvidenceFigures.evaluate("seeds (the rules' own articles), rules only", pipeline, seeds, actors), curve,
                EvidenceFigures.evaluate("seeds, model + the tune part's " + judge.withExamples(
                        LearnedFigures.examples(judge.embedder(), tune)).examples() + " confirmations", withTune, seeds, actors),
                LearnedFigures.tuneLeaveOneOut(pipeline, judge, actors),
                LearnedFigures.throughput(pipeline, withTune, cached, all));
    }

    static void print(All all) {
        System.out.println(all.model().table());
        System.out.println(LearnedFigures.curveTable(all.test(), all.curve()));
        System.out.println(all.throughput().line());
        System.out.println();
        System.out.println(all.test().table());
        System.out.println(all.tune().table());
        System.out.println(all.seeds().table());
        System.out.println(all.seedsModel().table());
        System.out.println(all.tuneModel().table());
        if (Boolean.getBoolean("devset.details")) {
            System.out.println("Misses, tune part:");
            all.tune().details.forEach(System.out::println);
            System.out.println("Misses, tune part with the model (leave one article out):");
            all.tuneModel().details.forEach(System.out::println);
            System.out.println("Misses, seeds:");
            all.seeds().details.forEach(System.out::println);
        }
    }

    static Set<String> knownActors() throws IOException {
        Set<String> keys = new HashSet<>();
        for (JsonNode a : new ObjectMapper().readTree(DATA.resolve("actors.json").toFile())) {
            keys.add(a.path("key").asText());
        }
        return keys;
    }

    public static void main(String[] args) throws IOException {
        print(measure());
    }
}
