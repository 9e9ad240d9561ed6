package org.stanceline.similarity;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The plain-Java tokenizer gives the model's own (Hugging Face) tokenizer's ids. */
class WordPieceTokenizerTest {

    static final List<String> SENTENCES = List.of(
            "Russian Foreign Minister Sergey Lavrov said that any Western troops in Ukraine would be legitimate targets.",
            "\"That means war with NATO,\" Medvedev wrote — adding: \"Consult with Trump, scumbags!\"",
            "Zelenskyy's office: 5,000 air-defence missiles; Macron's “reassurance force” (Paris, 6 Jan. 2026).",
            "Le ministre Sergueï Lavrov a déclaré que la France ne doit pas envoyer de soldats.",
            "Antidisestablishmentarianism and pneumonoultramicroscopicsilicovolcanoconiosis, 北京 ＡＢＣ");

    static InputStream vocabulary() {
        return AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json");
    }

    @Test
    void givesTheSameIdsAsTheHuggingFaceTokenizer() throws Exception {
        WordPieceTokenizer ours;
        HuggingFaceTokenizer theirs;
        try (InputStream a = vocabulary(); InputStream b = vocabulary()) {
            ours = WordPieceTokenizer.read(a);
            theirs = HuggingFaceTokenizer.newInstance(b, Map.of("padding", "false", "truncation", "true", "maxLength", "128"));
        }
        for (String s : SENTENCES) {
            assertArrayEquals(theirs.encode(s).getIds(), ours.encode(s, 128), s);
        }
        long[] cut = ours.encode(SENTENCES.get(0), 8);
        assertEquals(8, cut.length);
        assertEquals(102, cut[7], "[SEP] last even when cut");
    }
}
