package org.stanceline.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SegmenterTest {

    @Test
    void shouldSplitSentencesButNotAtAbbreviationsOrInitials() {
        String text = "Mr. Smith met U.S. envoys on Jan. 5 in St. Petersburg. \"We agreed.\" Then he left!\n\nNew paragraph? Yes.";
        Segmenter.Segmented doc = Segmenter.segment(text);
        List<String> sentences = doc.sentences().stream().map(doc::sentenceText).toList();
        assertEquals(List.of("Mr. Smith met U.S. envoys on Jan. 5 in St. Petersburg.", "\"We agreed.\"", "Then he left!",
                "New paragraph?", "Yes."), sentences);
        assertEquals(1, doc.sentences().get(3).paragraph());
    }

    @Test
    void shouldTokenizeInitialismsPossessivesAndNumbers() {
        List<String> tokens = Segmenter.tokenize("The U.S. and Starmer's 5,000 pre-2014 allies' plan won't work.")
                .stream().map(Segmenter.Token::text).toList();
        assertEquals(List.of("The", "U.S.", "and", "Starmer", "'s", "5,000", "pre-2014", "allies", "'", "plan", "won't",
                "work", "."), tokens);
    }
}
