package org.stanceline.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stanceline.source.TextNormalizer;
import org.stanceline.web.DateBounds;
import org.stanceline.kernel.DomainException;
import org.stanceline.web.DomainProblems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded-random fuzzing of the ingest pipeline, the normalizers and the date parsing: the corpus articles
 * (data/sources, the same as the seed articles) mutated by byte flips, truncation, control characters, lone
 * surrogates, markup and huge lines. Nothing may throw except a client error (a 4xx domain exception); spans must
 * index into the text, dates must be in the accepted range, and normalizing stays idempotent. The seed is fixed,
 * so a failure names the iteration that reproduces it.
 */
class IngestFuzzTest {

    private static final long SEED = 20261201L;
    private static final int PIPELINE_ITERATIONS = 800;
    private static final int NORMALIZER_ITERATIONS = 1500;

    private static List<String> seeds;

    @BeforeAll
    static void readSeeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data/sources"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(IngestFuzzTest::read).toList();
        }
        assertTrue(seeds.size() >= 5, "seed articles in data/sources");
    }

    @Test
    void shouldRunThePipelineOnMutatedArticlesWithoutAnythingButClientErrors() {
        Random random = new Random(SEED);
        for (int i = 0; i < PIPELINE_ITERATIONS; i++) {
            String raw = Mutations.mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                IngestPipeline.Result result = TestPipelines.DATA.run(raw, IngestPipeline.Metadata.NONE);
                check(result, i);
            } catch (DomainException e) {
                int status = DomainProblems.status(e);
                assertTrue(status >= 400 && status < 500, "iteration " + i + ": " + status);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("iteration " + i + " (seed " + SEED + ") threw " + e, e);
            }
        }
    }

    @Test
    void shouldNormalizeMutatedTextsIdempotentlyInEveryFormat() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < NORMALIZER_ITERATIONS; i++) {
            String raw = Mutations.mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                String once = TextNormalizer.normalize(raw);
                assertEquals(once, TextNormalizer.normalize(once), "iteration " + i + ": normalizing twice changes the text");
                IngestNormalizer.NormalizedText text = switch (i % 4) {
                    case 0 -> IngestNormalizer.plain(raw);
                    case 1 -> IngestNormalizer.markdown(raw);
                    case 2 -> IngestNormalizer.html(raw);
                    default -> IngestNormalizer.normalize(raw);
                };
                DateResolver.Dated published = DateResolver.publication(text.text(), null, null, text.metaDate());
                inRange(published.date(), i);
                inRange(DateResolver.said(text.text().substring(0, Math.min(400, text.text().length())), published).date(), i);
            } catch (DomainException e) {
                int status = DomainProblems.status(e);
                assertTrue(status >= 400 && status < 500, "iteration " + i + ": " + status);
            } catch (RuntimeException e) {
                throw new AssertionError("iteration " + i + " (seed " + (SEED + 1) + ") threw " + e, e);
            }
        }
    }

    @Test
    void shouldParseOnlyIsoDatesInRangeWhateverTheString() {
        Random random = new Random(SEED + 2);
        List<String> bases = List.of("2025-03-17", "1900-01-01", "2100-12-31", "+999999999-12-31", "20251211");
        for (int i = 0; i < NORMALIZER_ITERATIONS; i++) {
            String raw = Mutations.mutateShort(bases.get(random.nextInt(bases.size())), random);
            try {
                LocalDate d = DateBounds.parse(raw);
                assertTrue(raw.matches("\\d{4}-\\d{2}-\\d{2}"), "iteration " + i + ": accepted '" + raw + "'");
                inRange(d, i);
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("YYYY-MM-DD"), expected.getMessage());
            }
        }
    }

    private static void check(IngestPipeline.Result result, int i) {
        String text = result.text();
        inRange(result.published().date(), i);
        for (IngestPipeline.Proposed p : result.statements()) {
            assertTrue(p.start() >= 0 && p.start() <= p.end() && p.end() <= text.length(),
                    "iteration " + i + ": span " + p.start() + ".." + p.end() + " outside a text of " + text.length());
            if (p.verbatim()) {
                assertEquals(text.substring(p.start(), p.end()), p.quote(), "iteration " + i + ": quote is not its span");
            }
            assertTrue(p.stance() >= -2 && p.stance() <= 2 && p.intensity() >= 0 && p.intensity() <= 3,
                    "iteration " + i + ": stance/intensity out of scale");
            inRange(p.saidOn(), i);
        }
    }

    private static void inRange(LocalDate d, int i) {
        if (d != null && (d.isBefore(DateBounds.min()) || d.isAfter(DateBounds.max()))) {
            fail("iteration " + i + ": date " + d + " outside " + DateBounds.min() + ".." + DateBounds.max());
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
