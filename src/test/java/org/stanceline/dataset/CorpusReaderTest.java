package org.stanceline.dataset;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mistakes an analyst can make in data/ are reported with the file and the field. */
@QuarkusTest
class CorpusReaderTest {

    @Inject
    CorpusReader reader;

    @TempDir
    Path temp;

    @Test
    void shouldReadTheShippedCorpus() {
        Corpus corpus = reader.read(CorpusTest.DATA);
        assertEquals(5, corpus.sources().size());
    }

    @Test
    void shouldNameFileAndFieldOfAnUnknownActor() throws IOException {
        Path dir = copyWith("speakers.json", s -> s.replaceFirst("\"actor\": \"moscow\"", "\"actor\": \"atlantis\""));
        String message = assertThrows(CorpusException.class, () -> reader.read(dir)).getMessage();
        assertTrue(message.startsWith("speakers.json: ["), message);
        assertTrue(message.contains(".actor") && message.contains("atlantis"), message);
    }

    @Test
    void shouldNameFileAndFieldOfAnOutOfRangeStance() throws IOException {
        Path dir = copyStatementsWith(s -> s.replaceFirst("\"stance\": -?\\d", "\"stance\": 7"));
        String message = assertThrows(CorpusException.class, () -> reader.read(dir)).getMessage();
        assertTrue(message.startsWith("statements/") && message.contains("statements[0].stance"), message);
    }

    @Test
    void shouldReportASpanThatDoesNotHoldItsQuote() throws IOException {
        Path dir = copyStatementsWith(s -> s.replaceFirst("\"start\": (\\d+)", "\"start\": 0"));
        String message = assertThrows(CorpusException.class, () -> reader.read(dir)).getMessage();
        assertTrue(message.contains("statements[0].span") && message.contains("the quote is at"), message);
    }

    @Test
    void shouldReportUnknownFieldsAndBadDates() throws IOException {
        Path unknown = copyWith("events.json", s -> s.replaceFirst("\"label\"", "\"colour\": \"red\", \"label\""));
        String message = assertThrows(CorpusException.class, () -> reader.read(unknown)).getMessage();
        assertTrue(message.startsWith("events.json") && message.contains("colour"), message);

        Path badDate = copyWith("events.json", s -> s.replaceFirst("\"date\": \"\\d{4}-\\d{2}-\\d{2}\"", "\"date\": \"2025-02-30\""));
        message = assertThrows(CorpusException.class, () -> reader.read(badDate)).getMessage();
        assertTrue(message.startsWith("events.json") && message.contains("date"), message);
    }

    @Test
    void shouldRefuseASourceTextThatIsNotNormalized() throws IOException {
        Path dir = copy();
        Path text;
        try (Stream<Path> files = Files.list(dir.resolve("sources"))) {
            text = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(text, Files.readString(text) + "\n\n\u201Cadded\u201D");
        String message = assertThrows(CorpusException.class, () -> reader.read(dir)).getMessage();
        assertTrue(message.contains("normalized"), message);
    }

    private Path copyWith(String file, UnaryOperator<String> change) throws IOException {
        Path dir = copy();
        Path target = dir.resolve(file);
        String before = Files.readString(target);
        String after = change.apply(before);
        assertTrue(!before.equals(after), "the test's change applied to " + file);
        Files.writeString(target, after);
        return dir;
    }

    private Path copyStatementsWith(UnaryOperator<String> change) throws IOException {
        Path dir = copy();
        Path first;
        try (Stream<Path> files = Files.list(dir.resolve("statements"))) {
            first = files.sorted(Comparator.comparing(Path::toString)).findFirst().orElseThrow();
        }
        String before = Files.readString(first);
        String after = change.apply(before);
        assertTrue(!before.equals(after), "the test's change applied");
        Files.writeString(first, after);
        return dir;
    }

    private Path copy() throws IOException {
        Path target = Files.createTempDirectory(temp, "data");
        try (Stream<Path> paths = Files.walk(CorpusTest.DATA)) {
            for (Path p : paths.toList()) {
                Path to = target.resolve(CorpusTest.DATA.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
