package org.stanceline.ingest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;

/** The bulk command names every file it does not send, and says so in its exit code (issue 10, item 5). */
@QuarkusTest
class BulkIngestCommandTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void skippedFilesAreListedWithTheirReasonAndTheExitCode() throws Exception {
        Path folder = Files.createTempDirectory("bulk");
        Files.writeString(folder.resolve("a.txt"), "A bulk note " + System.nanoTime()
                + "\n\nSergey Lavrov said that Western troops in Ukraine would be legitimate targets.\n");
        Files.write(folder.resolve("report.pdf"), "%PDF-1.4 not text".getBytes(StandardCharsets.US_ASCII));
        Files.createDirectory(folder.resolve("older"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = BulkIngestCommand.run(server.toString(), folder, ANALYST, ANALYST_PASSWORD,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("skipped report.pdf: not a .txt, .md or .html file"), out);
        assertTrue(out.contains("skipped older: a folder"), out);
        assertTrue(out.contains("a.txt: 201 stored as source"), out);
        assertTrue(out.contains("2 skipped"), out);
        assertEquals(BulkIngestCommand.EXIT_SKIPPED, exit, out);
    }

    @Test
    void aFolderOfTextFilesExitsZero() throws Exception {
        Path folder = Files.createTempDirectory("bulk-ok");
        Files.writeString(folder.resolve("b.md"), "# A markdown bulk note " + System.nanoTime() + "\n\nNothing said.\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = BulkIngestCommand.run(server.toString(), folder, ANALYST, ANALYST_PASSWORD,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, bytes.toString(StandardCharsets.UTF_8));
    }
}
