package org.stanceline.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the packaged application twice on the same H2 file database, as a user restarting it would:
 * the second start must load nothing and serve the same statements.
 */
class CorpusRestartIT {

    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    @TempDir
    Path temp;

    @Test
    void shouldLoadTheCorpusOnceAcrossRestarts() throws Exception {
        Path db = temp.resolve("db/stanceline");
        long first = startQueryStop(db, temp.resolve("first.log"));
        long second = startQueryStop(db, temp.resolve("second.log"));
        assertTrue(first > 20, "first start loaded the corpus: " + first);
        assertEquals(first, second, "restart must not load the corpus twice");
        String secondLog = Files.readString(temp.resolve("second.log"));
        assertTrue(secondLog.contains("inserted 0 topics, 0 actors, 0 speakers, 0 sources, 0 statements, 0 events"),
                "second start inserted nothing:\n" + secondLog);
        assertTrue(Files.exists(Path.of(db + ".mv.db")), "the database is a file");
    }

    private long startQueryStop(Path db, Path log) throws Exception {
        int port = freePort();
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-Dquarkus.http.port=" + port,
                "-Dstanceline.db-file=" + db, "-Dstanceline.data-dir=" + Path.of("data").toAbsolutePath(),
                "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Process app = pb.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/statements?size=1&status=any");
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                if (!app.isAlive()) {
                    throw new AssertionError("application exited:\n" + Files.readString(log));
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(),
                            HttpResponse.BodyHandlers.ofString());
                    Matcher m = TOTAL.matcher(r.body());
                    if (r.statusCode() == 200 && m.find()) {
                        return Long.parseLong(m.group(1));
                    }
                } catch (IOException notYetListening) {
                    // the application is still starting
                }
                Thread.sleep(250);
            }
            throw new AssertionError("application did not answer in 90 s:\n" + Files.readString(log));
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

}
