package org.stanceline.similarity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the vectors of the last {@code size} texts embedded, so a text is embedded once: a source ingested again
 * (re-run after a gazetteer change, the same wire story from two outlets) and a proposal an analyst then confirms
 * (the judge learns from its quote) cost a lookup, not a model run. Bounded (Caffeine, by count: a vector is
 * 384 floats, about 1.6 KB with its key).
 */
public final class CachingEmbedder implements SentenceEmbedder {

    private final SentenceEmbedder model;
    private final Cache<String, float[]> vectors;

    public CachingEmbedder(SentenceEmbedder model, int size) {
        this.model = model;
        // Caffeine evicts after the put, so a size of 0 would still keep a text for a while: no cache at all then.
        this.vectors = size <= 0 ? null : Caffeine.newBuilder().maximumSize(size).build();
    }

    @Override
    public float[] embed(String sentence) {
        return vectors == null ? model.embed(sentence) : vectors.get(sentence, model::embed);
    }

    /** The texts not cached yet go to the model together, in one batched call. */
    @Override
    public List<float[]> embedAll(List<String> sentences) {
        if (vectors == null) {
            return model.embedAll(sentences);
        }
        Map<String, float[]> found = new HashMap<>(vectors.getAllPresent(sentences));
        List<String> missing = sentences.stream().filter(s -> !found.containsKey(s)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> fresh = model.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                found.put(missing.get(i), fresh.get(i));
                vectors.put(missing.get(i), fresh.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(sentences.size());
        sentences.forEach(s -> out.add(found.get(s)));
        return out;
    }

    /** Texts cached now (approximate: Caffeine evicts in the background). */
    public long size() {
        return vectors == null ? 0 : vectors.estimatedSize();
    }
}
