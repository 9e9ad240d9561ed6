package org.stanceline.similarity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a topic is about in a few sentences (its question, description and the codebook's "counts" column and
 * examples, docs/CODEBOOK.md), so that a topic has neighbours before anyone has confirmed a statement on it.
 */
public record TopicSeed(String topic, List<String> sentences) {

    /** The seeds shipped in {@code similarity/topic-seeds.json}. */
    public static List<TopicSeed> standard() {
        try (InputStream in = TopicSeed.class.getResourceAsStream("/similarity/topic-seeds.json")) {
            List<TopicSeed> out = new ArrayList<>();
            for (JsonNode t : new ObjectMapper().readTree(in)) {
                List<String> sentences = new ArrayList<>();
                t.path("sentences").forEach(s -> sentences.add(s.asText()));
                out.add(new TopicSeed(t.path("topic").asText(), List.copyOf(sentences)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
