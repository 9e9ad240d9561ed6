package org.stanceline.source;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    @Test
    void shouldStraightenQuotesAndSpacesAndKeepDashes() {
        assertEquals("\"Peacekeepers\" - 'no' \u2013 never",
                TextNormalizer.normalize("\u201CPeacekeepers\u201D\u00A0\u2212 \u2018no\u2019 \u2013\u200B never"));
    }

    @Test
    void shouldJoinParagraphsWithOneBlankLineAndDropRepeats() {
        String raw = "\uFEFF  Title  \r\n\r\n\r\nFirst\tparagraph.\nSecond paragraph.\n\nFirst paragraph.\n";
        assertEquals("Title\n\nFirst paragraph.\n\nSecond paragraph.", TextNormalizer.normalize(raw));
    }

    @Test
    void shouldDropControlCharactersThatXmlCannotCarry() {
        assertEquals("War with NATO.", TextNormalizer.normalize("War\u0001 with\u001B NATO.\uFFFF\u007F"));
    }

    @Test
    void shouldBeIdempotent() {
        String once = TextNormalizer.normalize("A \u201Cquote\u201D.\r\nB  b.\n\nA \u201Cquote\u201D.");
        assertEquals(once, TextNormalizer.normalize(once));
    }

    @Test
    void shouldComposeCombiningCharacters() {
        assertEquals("Lokke R\u00E9sum\u00E9", TextNormalizer.normalize("Lokke Re\u0301sume\u0301"));
    }
}
