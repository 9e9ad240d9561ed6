package org.stanceline.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits a long list of keys for {@code where id in (...)} reads. H2 checks each row against a parameter list one
 * value at a time, so one read of 6,000 chart markers compared 36 million pairs and took seconds at a million
 * statements; in lists of {@link #SIZE} the same rows cost milliseconds. The number of reads grows with the number
 * of keys asked for, never with the corpus.
 */
public final class IdBatches {

    public static final int SIZE = 500;

    private IdBatches() {
    }

    public static <T> List<List<T>> of(Collection<T> keys) {
        List<T> all = List.copyOf(keys);
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            batches.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return batches;
    }
}
