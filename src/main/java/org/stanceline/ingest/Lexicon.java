package org.stanceline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cue words of topic detection and coding, read from {@code ingest/lexicon.json} on the class path. */
public record Lexicon(Map<String, List<String>> topics, List<String> strongNegative, List<String> mildNegative,
                     List<String> mildPositive, List<String> strongPositive, List<String> force, List<String> warning,
                     List<String> firm, List<String> negators, List<String> hedges,
                     Map<String, List<String>> topicPositive, Map<String, List<String>> topicNegative,
                     List<String> topicPrecedence, List<String> topicFallback, List<String> refusals) {

    private static volatile Lexicon standard;

    /** The lexicon shipped in ingest/lexicon.json, read once. */
    public static Lexicon standard() {
        Lexicon lexicon = standard;
        if (lexicon == null) {
            lexicon = load();
            standard = lexicon;
        }
        return lexicon;
    }

    private static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream("/ingest/lexicon.json")) {
            if (in == null) {
                throw new IllegalStateException("ingest/lexicon.json is missing from the class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, List<String>> topics = new LinkedHashMap<>();
            root.path("topics").fields().forEachRemaining(e -> topics.put(e.getKey(), strings(e.getValue())));
            Map<String, List<String>> topicPositive = new LinkedHashMap<>();
            Map<String, List<String>> topicNegative = new LinkedHashMap<>();
            root.path("topicStance").fields().forEachRemaining(e -> {
                topicPositive.put(e.getKey(), strings(e.getValue().path("positive")));
                topicNegative.put(e.getKey(), strings(e.getValue().path("negative")));
            });
            JsonNode stance = root.path("stance");
            JsonNode intensity = root.path("intensity");
            return new Lexicon(topics, strings(stance.path("strongNegative")), strings(stance.path("mildNegative")),
                    strings(stance.path("mildPositive")), strings(stance.path("strongPositive")),
                    strings(intensity.path("force")), strings(intensity.path("warning")), strings(intensity.path("firm")),
                    strings(root.path("negators")), strings(root.path("hedges")), topicPositive, topicNegative,
                    strings(root.path("topicPrecedence")), strings(root.path("topicFallback")), strings(root.path("refusals")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return List.copyOf(out);
    }
}
