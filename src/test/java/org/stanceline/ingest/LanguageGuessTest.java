package org.stanceline.ingest;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageGuessTest {

    @Test
    void shouldTellEnglishFromOtherLanguages() throws Exception {
        try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/ingest/seeds"))) {
            for (Path seed : seeds.toList()) {
                assertEquals("en", LanguageGuess.of(Files.readString(seed)), seed.toString());
            }
        }
        assertEquals("fr", LanguageGuess.of("Le président a déclaré que la France est prête à envoyer des troupes en"
                + " Ukraine pour garantir un cessez-le-feu, mais pas sans le soutien des alliés."));
        assertEquals("fi", LanguageGuess.of("Italian pääministeri Giorgia Melonin mukaan Italia ei aio lähettää joukkoja"
                + " Ukrainaan osana turvatakuita, ja hän kertoi että Italia voisi auttaa."));
        assertEquals("ru", LanguageGuess.of("НАТО опубликовало итоговую декларацию саммита в Гааге."));
        assertEquals("und", LanguageGuess.of("Kyiv • UNN"));
    }
}
