package org.stanceline.similarity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A text is embedded once: cached vectors come back as they were, only missing texts reach the model. */
class CachingEmbedderTest {

    /** Stands in for the model: a vector made from the text's length, and a log of what it was asked. */
    static final class Recording implements SentenceEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public float[] embed(String sentence) {
            asked.add(sentence);
            return new float[]{sentence.length(), 1};
        }
    }

    @Test
    void aTextReachesTheModelOnceAndBatchesAskOnlyForMissingDistinctTexts() {
        Recording model = new Recording();
        CachingEmbedder cached = new CachingEmbedder(model, 100);
        float[] first = cached.embed("Italy will not send troops.");
        assertArrayEquals(first, cached.embed("Italy will not send troops."));
        List<float[]> all = cached.embedAll(List.of("a new span", "Italy will not send troops.", "a new span"));
        assertEquals(List.of("Italy will not send troops.", "a new span"), model.asked);
        assertEquals(3, all.size());
        assertArrayEquals(first, all.get(1));
        assertArrayEquals(all.get(0), all.get(2));
    }

    @Test
    void sizeZeroCachesNothing() {
        Recording model = new Recording();
        CachingEmbedder cached = new CachingEmbedder(model, 0);
        cached.embed("same");
        cached.embed("same");
        assertEquals(2, model.asked.size());
    }
}
