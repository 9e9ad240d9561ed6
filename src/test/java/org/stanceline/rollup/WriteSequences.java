package org.stanceline.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Random sequences of statement writes, drawn from a fixed seed so that a failing sequence can be replayed from
 * the seed the test reports. Indexes are resolved by the test: {@code pick} modulo the statements written so far,
 * the others into its lists of topics, speakers, actors, days and quotes.
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

    private static final String[] STATUSES = {"confirmed", "confirmed", "confirmed", "proposed", "rejected"};

    /** A kind of write and how often it is drawn relative to the others. */
    private record Kind(int weight, Function<Random, Write> draw) {
    }

    private final List<Kind> kinds;
    private final int totalWeight;
    private final int minWrites;
    private final int maxWrites;

    WriteSequences(int topics, int speakers, int actors, int days, int quotes, int minWrites, int maxWrites) {
        this.minWrites = minWrites;
        this.maxWrites = maxWrites;
        this.kinds = List.of(
                new Kind(8, r -> new Create(r.nextInt(topics), r.nextInt(speakers),
                        // negative: the speaker's own actor (the usual case)
                        between(r, -2 * actors, actors - 1), r.nextInt(days), stance(r), intensity(r),
                        STATUSES[r.nextInt(STATUSES.length)], r.nextInt(quotes))),
                new Kind(4, r -> new Review(pick(r), r.nextBoolean())),
                new Kind(3, r -> new EditStance(pick(r), stance(r))),
                new Kind(2, r -> new EditIntensity(pick(r), intensity(r))),
                new Kind(3, r -> new EditDate(pick(r), r.nextInt(days))),
                new Kind(1, r -> new EditActor(pick(r), r.nextInt(actors))),
                new Kind(1, r -> new EditSpeaker(pick(r), r.nextInt(speakers))),
                new Kind(1, r -> new EditTopic(pick(r), r.nextInt(topics))),
                new Kind(1, r -> new Rebuild()));
        this.totalWeight = kinds.stream().mapToInt(Kind::weight).sum();
    }

    /** The same sequence for the same seed. */
    List<Write> sequence(long seed) {
        Random random = new Random(seed);
        int size = between(random, minWrites, maxWrites);
        List<Write> writes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            writes.add(drawKind(random).draw().apply(random));
        }
        return List.copyOf(writes);
    }

    private Kind drawKind(Random random) {
        int ticket = random.nextInt(totalWeight);
        for (Kind kind : kinds) {
            ticket -= kind.weight();
            if (ticket < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights sum to " + totalWeight);
    }

    private static int pick(Random random) {
        return random.nextInt(10_001);
    }

    private static int stance(Random random) {
        return between(random, -2, 2);
    }

    private static int intensity(Random random) {
        return random.nextInt(4);
    }

    /** Uniform in {@code [min, max]}, both inclusive. */
    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
