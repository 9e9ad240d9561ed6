package org.stanceline.rollup;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

import java.util.List;
import java.util.Random;

/**
 * Random sequences of statement writes, drawn with jqwik's generators from a fixed seed (jqwik properties
 * cannot take Quarkus injection, so the test drives the generator itself and reports the seed of a failure).
 * Indexes are resolved by the test: {@code pick} modulo the statements written so far, the others into its
 * lists of topics, speakers, actors, days and quotes.
 */
final class WriteSequences {

    sealed interface Write {
    }

    record Create(int topic, int speaker, int actor, int day, int stance, int intensity, String status, int quote)
            implements Write {
    }

    record Review(int pick, boolean confirm) implements Write {
    }

    record EditStance(int pick, int stance) implements Write {
    }

    record EditIntensity(int pick, int intensity) implements Write {
    }

    record EditDate(int pick, int day) implements Write {
    }

    /** {@code actor} into the actor list; the statement keeps its speaker. */
    record EditActor(int pick, int actor) implements Write {
    }

    /** The actor follows the new speaker. */
    record EditSpeaker(int pick, int speaker) implements Write {
    }

    record EditTopic(int pick, int topic) implements Write {
    }

    /** A bulk load's rebuild of every rollup. */
    record Rebuild() implements Write {
    }

    private final Arbitrary<List<Write>> sequences;

    WriteSequences(int topics, int speakers, int actors, int days, int quotes, int minWrites, int maxWrites) {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Integer> day = Arbitraries.integers().between(0, days - 1);
        Arbitrary<Integer> stance = Arbitraries.integers().between(-2, 2);
        Arbitrary<Integer> intensity = Arbitraries.integers().between(0, 3);
        Arbitrary<Write> create = Combinators.combine(Arbitraries.integers().between(0, topics - 1),
                        Arbitraries.integers().between(0, speakers - 1),
                        // negative: the speaker's own actor (the usual case)
                        Arbitraries.integers().between(-2 * actors, actors - 1), day, stance, intensity,
                        Arbitraries.of("confirmed", "confirmed", "confirmed", "proposed", "rejected"),
                        Arbitraries.integers().between(0, quotes - 1))
                .as(Create::new);
        Arbitrary<Write> write = Arbitraries.frequencyOf(
                Tuple.of(8, create),
                Tuple.of(4, Combinators.combine(pick, Arbitraries.of(true, false)).as(Review::new)),
                Tuple.of(3, Combinators.combine(pick, stance).as(EditStance::new)),
                Tuple.of(2, Combinators.combine(pick, intensity).as(EditIntensity::new)),
                Tuple.of(3, Combinators.combine(pick, day).as(EditDate::new)),
                Tuple.of(1, Combinators.combine(pick, Arbitraries.integers().between(0, actors - 1)).as(EditActor::new)),
                Tuple.of(1, Combinators.combine(pick, Arbitraries.integers().between(0, speakers - 1)).as(EditSpeaker::new)),
                Tuple.of(1, Combinators.combine(pick, Arbitraries.integers().between(0, topics - 1)).as(EditTopic::new)),
                Tuple.of(1, Arbitraries.just(new Rebuild())));
        this.sequences = write.list().ofMinSize(minWrites).ofMaxSize(maxWrites);
    }

    /** The same sequence for the same seed. */
    List<Write> sequence(long seed) {
        // Generators need a jqwik session (their memoization is scoped to it) outside jqwik's own lifecycle.
        JqwikSession.start();
        try {
            RandomGenerator<List<Write>> generator = sequences.generator(1000);
            return generator.next(new Random(seed)).value();
        } finally {
            JqwikSession.finish();
        }
    }
}
