package org.stanceline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@EnabledIfSystemProperty(named = "ingest.stages", matches = "true")
class StageTiming {
    @Test
    void time() throws Exception {
        IngestPipeline pipeline = IngestPipeline.fromDataDir(Path.of("data"));
        List<String> seeds = new ArrayList<>();
        for (Path f : Files.list(Path.of("src/test/resources/ingest/seeds")).sorted().toList()) {
            seeds.add(Files.readString(f));
        }
        long[] t = new long[6];
        for (int round = 0; round < 400; round++) {
            for (String raw : seeds) {
                long a = System.nanoTime();
                IngestNormalizer.NormalizedText n = IngestNormalizer.normalize(raw);
                long b = System.nanoTime();
                Segmenter.Segmented doc = Segmenter.segment(n.text());
                long c = System.nanoTime();
                List<Gazetteer.Mention> m = pipeline.gazetteer().mentions(doc);
                long d = System.nanoTime();
                List<StatementExtractor.Candidate> cands = StatementExtractor.extract(doc, m);
                long e = System.nanoTime();
                new SpeakerAttributor(pipeline.gazetteer()).attribute(doc, m, cands);
                long f = System.nanoTime();
                pipeline.propose(n.text(), DateResolver.publication(n.text(), null, null, null));
                long g = System.nanoTime();
                if (round >= 200) {
                    t[0] += b - a; t[1] += c - b; t[2] += d - c; t[3] += e - d; t[4] += f - e; t[5] += g - f;
                }
            }
        }
        String[] names = {"normalize", "segment", "mentions", "extract", "attribute", "propose(all after normalize)"};
        for (int i = 0; i < 6; i++) {
            System.out.printf("%s: %.1f ms per 200 rounds%n", names[i], t[i] / 1e6);
        }
    }
}
