package org.stanceline.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private final Gazetteer gazetteer = TestPipelines.DATA.gazetteer();

    private List<String> speakers(String text) {
        return gazetteer.mentions(Segmenter.segment(text)).stream().map(m -> m.speaker().key()).toList();
    }

    @Test
    void shouldFindNamesAliasesAndKnownMisspellings() {
        assertEquals(List.of("starmer", "lavrov", "rasmussen"),
                speakers("Kier Starmer met Sergei Lavrov while Lars Lokke Rasmussen waited."));
    }

    @Test
    void shouldFindMisspelledSurnamesByEditDistance() {
        assertEquals(List.of("zelensky", "macron", "lavrov"), speakers("Zelenskyy spoke to Marcon and Lavorv."));
        assertTrue(speakers("The Russian economy").isEmpty(), "a country adjective is not a misspelled speaker");
    }

    @Test
    void shouldPreferTheLongestPhraseAndMergeARoleWithTheNameAfterIt() {
        List<Gazetteer.Mention> mentions = gazetteer.mentions(Segmenter.segment(
                "Kremlin spokesman Dmitry Peskov said the Kremlin would wait."));
        assertEquals("peskov", mentions.get(0).speaker().key());
        assertEquals("Kremlin spokesman Dmitry Peskov", mentions.get(0).matched());
        assertEquals("russian-government", mentions.get(1).speaker().key());
    }

    @Test
    void shouldMarkPossessivesAndKnowPersonsFromInstitutions() {
        Gazetteer.Mention m = gazetteer.mentions(Segmenter.segment("Putin's plan")).get(0);
        assertTrue(m.possessive());
        assertTrue(gazetteer.speaker("putin").orElseThrow().person());
        assertFalse(gazetteer.speaker("downing-street").orElseThrow().person());
        assertEquals("moscow", gazetteer.actorOfCountry("russia").orElseThrow().key());
    }

    @Test
    void shouldMeasureEditDistanceWithTranspositions() {
        assertEquals(1, Gazetteer.distance("lavrov", "lavorv", 2));
        assertEquals(1, Gazetteer.distance("macron", "marcon", 2));
        assertEquals(3, Gazetteer.distance("abcdef", "uvwxyz", 2), "capped at max + 1");
    }
}
