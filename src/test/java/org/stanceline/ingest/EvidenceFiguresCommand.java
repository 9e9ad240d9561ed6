package org.stanceline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
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

    record All(EvidenceFigures.Figures test, EvidenceFigures.Figures tune, EvidenceFigures.Figures seeds) {
    }

    static All measure() throws IOException {
        IngestPipeline pipeline = IngestPipeline.fromDataDir(DATA);
        Set<String> actors = knownActors();
        return new All(EvidenceFigures.evaluate("dev set, test part", pipeline, DevSet.devset(DevSet.Part.TEST), actors),
                EvidenceFigures.evaluate("dev set, tune part", pipeline, DevSet.devset(DevSet.Part.TUNE), actors),
                EvidenceFigures.evaluate("seeds (the rules' own articles)", pipeline, DevSet.seeds(DATA, SEEDS), actors));
    }

    static void print(All all) {
        System.out.println(all.test().table());
        System.out.println(all.tune().table());
        System.out.println(all.seeds().table());
        if (Boolean.getBoolean("devset.details")) {
            System.out.println("Misses, tune part:");
            all.tune().details.forEach(System.out::println);
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
