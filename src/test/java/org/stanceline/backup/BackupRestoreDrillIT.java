package org.stanceline.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stanceline.PackagedApp;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The restore drill: the packaged app with a real schedule (every 2 s, keep 2) takes writes; the newest backup
 * file it wrote is restored into a second packaged app on a new, empty H2 file, and the two datasets (sources,
 * texts, statements with spans and revisions, events, audit) are compared.
 */
class BackupRestoreDrillIT {

    private static final String ADMIN = "drill-admin";
    private static final String ANALYST = "drill-analyst";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    @Test
    void shouldRestoreTheNewestScheduledBackupIntoAnEmptyDatabaseIdentically() throws Exception {
        Path dir = temp.resolve("backups");
        JsonNode backup;
        JsonNode original;
        try (PackagedApp a = PackagedApp.start(temp.resolve("a/stanceline"), temp.resolve("a.log"), passwords(
                "-Dstanceline.backup.every=2s", "-Dstanceline.backup.keep=2", "-Dstanceline.backup.dir=" + dir))) {
            for (int i = 0; i < 3; i++) {
                String text = "Drill article " + i + ".\n\nForeign Minister Sergei Lavrov said on Monday: \"We will "
                        + "never accept foreign troops in Ukraine.\" Run " + System.nanoTime() + ".";
                assertEquals(201, send(a, "POST", "/api/sources", ANALYST, "text/plain; charset=utf-8", text).statusCode());
            }
            JsonNode proposed = JSON.readTree(a.get("/api/statements?status=proposed&size=2")).get("items");
            long first = proposed.get(0).get("id").asLong();
            assertEquals(200, send(a, "POST", "/api/statements/" + first + "/confirm", ANALYST, null, null).statusCode());
            assertEquals(200, send(a, "PUT", "/api/statements/" + proposed.get(1).get("id").asLong(), ANALYST,
                    "application/json", "{\"stance\":2,\"note\":\"drill\"}").statusCode());
            Instant lastWrite = Instant.now();

            // Wait for a scheduled backup written after the last write, and for retention to have had work.
            JsonNode list = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                list = JSON.readTree(send(a, "GET", "/api/admin/backups", ADMIN, null, null).body());
                JsonNode files = list.get("files");
                if (files.size() == 2 && Instant.parse(files.get(0).get("writtenAt").asText()).isAfter(lastWrite.plusSeconds(2))) {
                    break;
                }
                Thread.sleep(200);
            }
            assertEquals(2, list.get("files").size(), "keep 2: " + list);
            backup = JSON.readTree(gunzip(dir.resolve(list.get("files").get(0).get("name").asText())));
            original = JSON.readTree(send(a, "GET", "/api/export/dataset.json", ADMIN, null, null).body());
        }
        // The app went on writing backups (each audited) after the one taken: besides those, the file is the database.
        assertEquals(withoutBackupEntries(original), withoutBackupEntries(backup));
        assertTrue(backup.get("audit").size() >= 6, "the writes are audited in the backup: " + backup.get("audit"));

        try (PackagedApp b = PackagedApp.start(temp.resolve("b/stanceline"), temp.resolve("b.log"),
                passwords("-Dstanceline.load-corpus=false"))) {
            HttpResponse<String> restored = http.send(HttpRequest.newBuilder(URI.create(b.url("/api/import/dataset")))
                    .timeout(Duration.ofSeconds(120)).header("Authorization", basic(ADMIN))
                    .header("Content-Type", "application/gzip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(newest(dir)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, restored.statusCode(), restored.body());
            ObjectNode copy = (ObjectNode) JSON.readTree(send(b, "GET", "/api/export/dataset.json", ADMIN, null, null).body());
            ArrayNode audit = copy.withArray("audit");
            assertEquals("restore", audit.get(audit.size() - 1).get("action").asText());
            audit.remove(audit.size() - 1);
            assertEquals(backup, copy, "the restored database holds exactly the backup");
            assertTrue(copy.get("sources").size() >= 8 && copy.get("statements").size() > 60);
        }
    }

    private static Path newest(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(p -> BackupFiles.NAME.matcher(p.getFileName().toString()).matches())
                    .max(java.util.Comparator.comparing(p -> p.getFileName().toString())).orElseThrow();
        }
    }

    private static JsonNode withoutBackupEntries(JsonNode doc) {
        ObjectNode copy = doc.deepCopy();
        ArrayNode kept = JSON.createArrayNode();
        copy.withArray("audit").forEach(e -> {
            if (!e.get("action").asText().equals("backup")) {
                kept.add(e);
            }
        });
        copy.set("audit", kept);
        return copy;
    }

    private static byte[] gunzip(Path file) throws Exception {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static String[] passwords(String... more) {
        String[] all = java.util.Arrays.copyOf(more, more.length + 2);
        all[more.length] = "-Dstanceline.admin-password=" + ADMIN;
        all[more.length + 1] = "-Dstanceline.analyst-password=" + ANALYST;
        return all;
    }

    private static String basic(String password) {
        String user = password.equals(ADMIN) ? "admin" : "analyst";
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(PackagedApp app, String method, String path, String password, String type,
                                      String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(password))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            r.header("Content-Type", type);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }
}
