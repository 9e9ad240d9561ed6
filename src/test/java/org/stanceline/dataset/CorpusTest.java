package org.stanceline.dataset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.stanceline.source.Source;
import org.stanceline.source.TextNormalizer;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.statement.Statement;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo corpus as loaded into the database: provenance, dates and coverage. */
@QuarkusTest
public class CorpusTest {

    static final Path DATA = Path.of("data");

    @Inject
    CorpusReader reader;

    @Inject
    CorpusLoader loader;

    @Test
    void everyStatementSpanHoldsItsQuoteInTheStoredSourceText() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Statement> all = Statement.list("coder in ?1", List.of("seed-analyst", "codebook-recode"));
            assertTrue(all.size() > 20);
            for (Statement s : all) {
                assertEquals(s.quote, s.source.text.substring(s.spanStart, s.spanEnd), "span of " + s.slug);
            }
        });
    }

    @Test
    void everyDateLiesWithinItsPrecisionAndBeforeItsSourceWasPublished() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Statement s : Statement.<Statement>list("coder in ?1", List.of("seed-analyst", "codebook-recode"))) {
                assertTrue(s.saidPrecision.isPeriodStart(s.saidOn), s.slug + " date is not its period start");
                Source src = s.source;
                LocalDateCheck.notAfter(s.saidOn, src.publishedPrecision.endOf(src.publishedOn), s.slug);
                assertEquals(DatePrecision.WEEK.startOf(s.saidOn), s.saidWeek);
                assertEquals(DatePrecision.MONTH.startOf(s.saidOn), s.saidMonth);
            }
        });
    }

    @Test
    void theFiveSeedArticlesAreStoredNormalizedWithDatesAndReasons() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Source> seeds = Source.list("createdBy", CorpusLoader.LOADER);
            assertEquals(5, seeds.size());
            for (Source s : seeds) {
                assertEquals(TextNormalizer.normalize(s.text), s.text, s.slug + " is normalized");
                assertNotNull(s.publishedOn, s.slug);
                if (s.publishedInferred) {
                    assertTrue(s.inferredReason != null && s.inferredReason.length() > 20, s.slug + " explains its date");
                }
                List<String> paragraphs = Arrays.asList(s.text.split("\n\n"));
                assertEquals(paragraphs.size(), new HashSet<>(paragraphs).size(), s.slug + " repeats a paragraph");
            }
            assertEquals(1, seeds.stream().filter(s -> !s.publishedInferred).count(), "only 000 is dated in its text");
        });
    }

    @Test
    void theTroopQuestionIsCoveredForEveryCapital() {
        QuarkusTransaction.requiringNew().run(() -> {
            // The corpus has two coders since its re-coding by docs/CODEBOOK.md: the seed analyst and the re-coding.
            List<Statement> troops = Statement.list("coder in ?1 and topic.slug = ?2",
                    List.of("seed-analyst", "codebook-recode"), "troops");
            assertTrue(troops.size() > 20, "well over 20 troop statements, got " + troops.size());
            Map<String, Long> perActor = troops.stream()
                    .collect(Collectors.groupingBy(s -> s.actor.slug, Collectors.counting()));
            for (String capital : List.of("moscow", "london", "paris", "washington", "kyiv", "copenhagen")) {
                assertTrue(perActor.containsKey(capital), capital + " has no troop statement: " + perActor);
            }
            Set<String> moscowSpeakers = troops.stream().filter(s -> s.actor.slug.equals("moscow"))
                    .map(s -> s.speaker.slug).collect(Collectors.toSet());
            assertTrue(moscowSpeakers.containsAll(List.of("medvedev", "lavrov", "zakharova")), moscowSpeakers.toString());
            assertTrue(troops.stream().anyMatch(s -> !s.verbatim), "reported speech is coded too");
        });
    }

    @Test
    void everyFileStatementIsInTheDatabaseAndLoadingAgainAddsNothing() {
        Corpus corpus = reader.read(DATA);
        int inFiles = corpus.statements().stream().mapToInt(f -> f.content().statements().size()).sum();
        long inDatabase = QuarkusTransaction.requiringNew().call(() -> Statement.count("slug is not null"));
        assertEquals(inFiles, inDatabase);
        CorpusLoader.LoadReport again = loader.load(DATA);
        assertEquals(0, again.total(), "a second load inserts nothing");
        assertEquals(inDatabase, (long) QuarkusTransaction.requiringNew().call(() -> Statement.count("slug is not null")));
    }

    /** Keeps the assertion message readable. */
    static final class LocalDateCheck {
        static void notAfter(java.time.LocalDate date, java.time.LocalDate limit, String what) {
            assertFalse(date.isAfter(limit), what + " said " + date + " after publication period ending " + limit);
        }
    }
}
