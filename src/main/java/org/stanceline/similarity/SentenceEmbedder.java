package org.stanceline.similarity;

import java.util.ArrayList;
import java.util.List;

/** Turns a sentence into a unit-length vector; sentences about the same thing lie close together. */
public interface SentenceEmbedder {

    float[] embed(String sentence);

    /** Several sentences at once, in order; a model may batch them (one call costs much more than one sentence). */
    default List<float[]> embedAll(List<String> sentences) {
        List<float[]> out = new ArrayList<>(sentences.size());
        sentences.forEach(s -> out.add(embed(s)));
        return out;
    }

    /** Cosine similarity of two unit-length vectors. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
