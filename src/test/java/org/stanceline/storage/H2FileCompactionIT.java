package org.stanceline.storage;

import org.junit.jupiter.api.Test;
import org.stanceline.PackagedApp;
import org.stanceline.export.GeneratedBackup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the packaged application with its H2 file: a restore leaves most of the file dead, the graceful
 * shutdown after it rewrites the file with its live pages, and the next start finds every statement and
 * the text index as they were.
 */
class H2FileCompactionIT {

    private static final String ADMIN_PASSWORD = "compaction-admin";
    private static final int STATEMENTS = 8_000;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theShutdownAfterARestoreShrinksTheFileAndKeepsEveryRow() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "h2-compaction-");
        Path db = dir.resolve("stanceline");
        Path file = dir.resolve("stanceline.mv.db");
        byte[] backup = GeneratedBackup.file(STATEMENTS);

        long whileRunning;
        String everyStatement;
        String oneWord;
        try (PackagedApp app = start(db, dir.resolve("first.log"))) {
            HttpResponse<String> restored = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/import/dataset")))
                    .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/gzip")
                    .header("Authorization", admin()).POST(HttpRequest.BodyPublishers.ofByteArray(backup)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, restored.statusCode(), restored.body());
            whileRunning = Files.size(file);
            everyStatement = total(app.get("/api/statements?status=any&size=1"));
            oneWord = total(app.get("/api/statements?status=any&size=1&q=coordination"));
            app.close();
            assertTrue(app.log().contains("H2 file compacted"), "the shutdown reports the compaction:\n" + app.log());
        }
        long afterShutdown = Files.size(file);
        assertTrue(afterShutdown < whileRunning / 2,
                "the file shrinks to under half: " + whileRunning + " bytes running, " + afterShutdown + " after");

        try (PackagedApp again = start(db, dir.resolve("second.log"))) {
            assertEquals(Integer.toString(STATEMENTS), everyStatement);
            assertEquals(everyStatement, total(again.get("/api/statements?status=any&size=1")));
            assertTrue(Integer.parseInt(oneWord) > 0, "the generated quotes hold the word");
            assertEquals(oneWord, total(again.get("/api/statements?status=any&size=1&q=coordination")));
        }
    }

    private static PackagedApp start(Path db, Path log) throws Exception {
        return PackagedApp.start(db, log, "-Dstanceline.load-corpus=false", "-Dstanceline.admin-password=" + ADMIN_PASSWORD,
                "-Dstanceline.restore.commit-every=2000");
    }

    private static String admin() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String total(String page) {
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }
}
