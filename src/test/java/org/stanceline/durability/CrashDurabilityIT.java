package org.stanceline.durability;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stanceline.PackagedApp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An acknowledged write survives {@code kill -9}: articles are posted one after another to the packaged app,
 * the process is killed while they are in flight, and after a restart every source answered 201 is there with
 * exactly the proposals it was answered with; nothing is half-written (proposing again adds nothing) and no
 * text is stored twice. Five crashes on the embedded H2 file, five on PostgreSQL.
 */
class CrashDurabilityIT {

    private static final String PASSWORD = "crash-analyst";
    private static final int CRASHES = 5;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    @Test
    void shouldKeepEveryAcknowledgedSourceAcrossCrashesOnH2() throws Exception {
        Path db = temp.resolve("db/stanceline");
        crashRepeatedly(Path.of("target/quarkus-app/quarkus-run.jar"), "-Dstanceline.db-file=" + db);
    }

    @Test
    void shouldKeepEveryAcknowledgedSourceAcrossCrashesOnPostgres() throws Exception {
        String pgUrl = System.getenv("STANCELINE_PG_URL");
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(pgUrl != null && !pgUrl.isBlank(), "STANCELINE_PG_URL not set");
        }
        Path jar = Path.of("target/pg-app/quarkus-run.jar");
        assertTrue(Files.exists(jar), jar + " is built by the pg-app profile when STANCELINE_PG_URL is set");
        String database = "stanceline_crash_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(pgUrl, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database + " owner " + env("STANCELINE_PG_USER", "stanceline"));
        }
        crashRepeatedly(jar, "-Dquarkus.profile=pg",
                "-Dquarkus.datasource.jdbc.url=" + pgUrl.substring(0, pgUrl.lastIndexOf('/') + 1) + database,
                "-Dquarkus.datasource.username=" + env("STANCELINE_PG_USER", "stanceline"),
                "-Dquarkus.datasource.password=" + env("STANCELINE_PG_PASSWORD", ""));
    }

    private void crashRepeatedly(Path jar, String... dbProperties) throws Exception {
        List<String> articles = articles();
        Map<Long, Integer> acknowledged = new HashMap<>();
        int posted = 0;
        for (int crash = 1; crash <= CRASHES; crash++) {
            PackagedApp app = PackagedApp.startJar(jar, temp.resolve("run-" + crash + ".log"), properties(dbProperties));
            Map<Long, Integer> round = new ConcurrentHashMap<>();
            int base = posted;
            Thread writer = new Thread(() -> {
                for (int i = 0; ; i++) {
                    String text = "Crash round article " + (base + i) + ".\n\n" + articles.get(i % articles.size());
                    try {
                        HttpResponse<String> r = post(app, "/api/sources", "text/plain; charset=utf-8", text);
                        if (r.statusCode() == 201) {
                            var created = JSON.readTree(r.body());
                            round.put(created.get("id").asLong(), created.get("proposed").size());
                        }
                    } catch (Exception killed) {
                        return;
                    }
                }
            });
            writer.start();
            // Kill while writes are in flight: after a few acknowledgements, at a moment that varies by round.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (round.size() < 2 + crash && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(37L * crash);
            app.crash();
            writer.join();
            acknowledged.putAll(round);
            posted += round.size() + 1000;
            assertTrue(round.size() >= 2, "round " + crash + " acknowledged writes before the kill");
        }

        try (PackagedApp app = PackagedApp.startJar(jar, temp.resolve("after.log"), properties(dbProperties))) {
            int lost = 0;
            for (Map.Entry<Long, Integer> ack : acknowledged.entrySet()) {
                HttpResponse<String> source = get(app, "/api/sources/" + ack.getKey());
                if (source.statusCode() != 200) {
                    lost++;
                    continue;
                }
                assertEquals(ack.getValue(), proposalsOf(app, ack.getKey()),
                        "source " + ack.getKey() + " keeps exactly the proposals it was answered with");
            }
            assertEquals(0, lost, "acknowledged sources lost: " + lost + " of " + acknowledged.size());
            // Nothing half-written: a source stored without all its proposals would get some on proposing again.
            var sources = JSON.readTree(app.get("/api/sources"));
            List<Long> stored = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            sources.forEach(source -> {
                if (source.get("title").asText().startsWith("Crash round article")) {
                    stored.add(source.get("id").asLong());
                    seen.add(source.get("title").asText());
                }
            });
            assertTrue(stored.size() >= acknowledged.size(), "every acknowledged article is listed");
            for (long id : stored) {
                HttpResponse<String> again = post(app, "/api/sources/" + id + "/propose", "application/json", "");
                assertEquals(200, again.statusCode(), again.body());
                assertEquals(0, countIds(again.body()), "source " + id + " was stored whole: " + again.body());
            }
            assertEquals(seen.size(), seen.stream().distinct().count(), "no article stored twice: " + seen);
        }
    }

    private int proposalsOf(PackagedApp app, long sourceId) throws Exception {
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(
                app.get("/api/statements?source=" + sourceId + "&status=any&size=1"));
        assertTrue(total.find());
        return Integer.parseInt(total.group(1));
    }

    private static int countIds(String createdBody) throws java.io.IOException {
        return JSON.readTree(createdBody).get("proposed").size();
    }

    private static String[] properties(String... dbProperties) {
        List<String> all = new ArrayList<>(List.of(dbProperties));
        all.add("-Dstanceline.analyst-password=" + PASSWORD);
        return all.toArray(String[]::new);
    }

    private static List<String> articles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("data/sources"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private HttpResponse<String> post(PackagedApp app, String path, String type, String body) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("analyst:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", type).header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(PackagedApp app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
