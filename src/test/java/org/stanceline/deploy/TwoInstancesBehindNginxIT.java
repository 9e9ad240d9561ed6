package org.stanceline.deploy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
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
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scale-out deployment as the README shows it: two instances of the PostgreSQL build on one database,
 * behind nginx. A write through one instance is read through the other at once, with a new ETag: no
 * instance serves a cached answer from before the write.
 */
class TwoInstancesBehindNginxIT {

    private static final Path PG_JAR = Path.of("target/pg-app/quarkus-run.jar");
    private static final String ANALYST_PASSWORD = "two-instance-analyst";
    private static final String TIMELINE = "/api/timeline?topic=troops&actors=moscow&bucket=month&from=2025-01-01&to=2026-01-31";
    private static final Pattern MOSCOW_JANUARY_2026 = Pattern.compile(
            "\"start\":\"2026-01-01\",\"end\":\"2026-01-31\",\"count\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    private PackagedApp first;
    private PackagedApp second;
    private Process nginx;
    private int proxyPort;

    @BeforeEach
    void startDeployment() throws Exception {
        String pgUrl = System.getenv("STANCELINE_PG_URL");
        boolean required = System.getenv("CI") != null;
        Path nginxBinary = Path.of("/usr/sbin/nginx");
        if (!required) {
            Assumptions.assumeTrue(pgUrl != null && !pgUrl.isBlank(), "STANCELINE_PG_URL not set");
            Assumptions.assumeTrue(Files.isExecutable(nginxBinary), "nginx not installed (apt-get install nginx)");
        }
        assertNotNull(pgUrl, "STANCELINE_PG_URL must be set in CI");
        assertTrue(Files.isExecutable(nginxBinary), "nginx must be installed in CI");
        assertTrue(Files.exists(PG_JAR), PG_JAR + " missing: the pg-app Maven profile builds it when STANCELINE_PG_URL is set");

        String database = "stanceline_two_" + ProcessHandle.current().pid();
        String url = freshDatabase(pgUrl, database);
        String[] properties = {
                "-Dquarkus.profile=pg",
                "-Dquarkus.datasource.jdbc.url=" + url,
                "-Dquarkus.datasource.username=" + env("STANCELINE_PG_USER", "stanceline"),
                "-Dquarkus.datasource.password=" + env("STANCELINE_PG_PASSWORD", ""),
                "-Dstanceline.analyst-password=" + ANALYST_PASSWORD,
                // One session key for both instances, as deploy/compose.yaml requires: a cookie from one works on the other.
                "-Dquarkus.http.auth.session.encryption-key=two-instance-session-key-" + ProcessHandle.current().pid()};
        // The first instance alone migrates the schema and loads the corpus, as the README says to start.
        first = PackagedApp.startJar(PG_JAR, temp.resolve("first.log"), properties);
        second = PackagedApp.startJar(PG_JAR, temp.resolve("second.log"), properties);
        proxyPort = PackagedApp.freePort();
        nginx = startNginx(proxyPort, first.port, second.port);
    }

    @AfterEach
    void stopDeployment() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor();
        }
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void shouldReadAWriteMadeThroughOneInstanceThroughTheOtherAtOnce() throws Exception {
        String proxy = "http://127.0.0.1:" + proxyPort;
        assertEquals(200, get(proxy + "/q/health/ready", null).statusCode(), "readiness through nginx");

        HttpResponse<String> before = get(second.url(TIMELINE), null);
        assertEquals(200, before.statusCode(), before.body());
        String etagBefore = before.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        int countBefore = januaryCount(before.body());
        // Warm every instance's response cache with the old answer, through the proxy too. The tag covers the
        // address asked for (an embed page links back to it), so through nginx both instances see one Host
        // and give one tag.
        Set<String> proxiedBefore = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            proxiedBefore.add(get(proxy + TIMELINE, null).headers().firstValue("ETag").orElseThrow());
        }
        assertEquals(1, proxiedBefore.size(), "both instances give the same tag through nginx: " + proxiedBefore);
        String proxiedTagBefore = proxiedBefore.iterator().next();
        assertEquals(304, get(second.url(TIMELINE), etagBefore).statusCode(), "unchanged data revalidates");

        HttpResponse<String> created = createMoscowStatement(first);
        assertEquals(201, created.statusCode(), created.body());

        HttpResponse<String> after = get(second.url(TIMELINE), etagBefore);
        assertEquals(200, after.statusCode(), "the other instance must not answer 304 with the old ETag");
        String etagAfter = after.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etagBefore, etagAfter);
        assertEquals(countBefore + 1, januaryCount(after.body()), "the other instance shows the new statement");

        Set<String> seenThroughProxy = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> r = get(proxy + TIMELINE, null);
            assertEquals(200, r.statusCode());
            assertEquals(countBefore + 1, januaryCount(r.body()), "every instance behind nginx shows the write");
            seenThroughProxy.add(r.headers().firstValue("ETag").orElseThrow());
        }
        assertEquals(1, seenThroughProxy.size(), "both instances agree on the new ETag: " + seenThroughProxy);
        assertNotEquals(proxiedTagBefore, seenThroughProxy.iterator().next(), "a new ETag through nginx");
        assertEquals(200, get(proxy + TIMELINE, proxiedTagBefore).statusCode(), "the old tag no longer revalidates");
        String upstreams = Files.readString(temp.resolve("nginx/access.log"));
        assertTrue(upstreams.contains(":" + first.port) && upstreams.contains(":" + second.port),
                "nginx spread the requests over both instances:\n" + upstreams);
    }

    @Test
    void shouldKeepASessionOnBothInstancesRefuseCrossSiteWritesAndEndTheSessionOnBoth() throws Exception {
        String proxy = "http://127.0.0.1:" + proxyPort;
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(proxy + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", proxy)
                .POST(HttpRequest.BodyPublishers.ofString("j_username=analyst&j_password=" + ANALYST_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signIn.statusCode(), "same-origin sign-in through nginx: " + signIn.body());
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        for (PackagedApp instance : new PackagedApp[] {first, second}) {
            assertEquals(200, withCookie(instance.url("/api/me"), cookie, "GET", null).statusCode(), "the session holds on every instance");
        }
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(proxy + "/api/sources"))
                .header("Content-Type", "application/json").header("Cookie", cookie).header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"forged\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals(204, withCookie(proxy + "/api/session", cookie, "DELETE", proxy).statusCode());
        for (PackagedApp instance : new PackagedApp[] {first, second}) {
            assertEquals(401, withCookie(instance.url("/api/me"), cookie, "GET", null).statusCode(),
                    "after sign-out the old cookie is refused by every instance");
        }
    }

    private HttpResponse<String> withCookie(String url, String cookie, String method, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).header("Cookie", cookie)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> createMoscowStatement(PackagedApp app) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        long sourceId = json.readTree(app.get("/api/sources")).get(0).get("id").asLong();
        String text = json.readTree(app.get("/api/sources/" + sourceId)).get("text").asText();
        int start = 0;
        while (!Character.isLetter(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && end - start < 40
                && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == ' ')) {
            end++;
        }
        String quote = text.substring(start, end).strip();
        end = start + quote.length();
        var body = json.createObjectNode().put("sourceId", sourceId).put("speaker", "lavrov").put("topic", "troops")
                .put("saidOn", "2026-01-20").put("precision", "day").put("quote", quote).put("verbatim", true)
                .put("stance", -2).put("intensity", 2).put("confidence", 1.0).put("status", "confirmed");
        body.putObject("span").put("start", start).put("end", end);
        body.putArray("cues").add("two-instance test");
        String auth = Base64.getEncoder().encodeToString(("analyst:" + ANALYST_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(app.url("/api/statements")))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int januaryCount(String timeline) {
        Matcher m = MOSCOW_JANUARY_2026.matcher(timeline);
        assertTrue(m.find(), "January 2026 bucket in " + timeline);
        return Integer.parseInt(m.group(1));
    }

    private HttpResponse<String> get(String url, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Process startNginx(int port, int upstreamA, int upstreamB) throws Exception {
        Path dir = temp.resolve("nginx");
        Files.createDirectories(dir);
        dir.toFile().setWritable(true, false);
        String conf = """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log %1$s/access.log;
                    log_format upstreams '$request $status $upstream_addr';
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream stanceline { server 127.0.0.1:%3$d; server 127.0.0.1:%4$d; }
                    server {
                        listen 127.0.0.1:%2$d;
                        location / {
                            proxy_pass http://stanceline;
                            proxy_set_header Host $http_host;
                            access_log %1$s/access.log upstreams;
                        }
                    }
                }
                """.formatted(dir, port, upstreamA, upstreamB);
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        Process process = new ProcessBuilder("/usr/sbin/nginx", "-c", file.toString(), "-p", dir.toString(),
                "-g", "daemon off;" + (isRoot() ? " user root;" : ""))
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("http://127.0.0.1:" + port + "/q/health/live", null).statusCode() == 200) {
                    return process;
                }
            } catch (java.io.IOException notYet) {
                // nginx still starting
            }
            assertTrue(process.isAlive(), "nginx exited: " + Files.readString(dir.resolve("stdout.log")));
            Thread.sleep(100);
        }
        throw new AssertionError("nginx did not answer: " + Files.readString(dir.resolve("error.log")));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** A database of its own on the test server, so the two instances start from nothing. */
    private static String freshDatabase(String pgUrl, String database) throws Exception {
        try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database + " owner " + env("STANCELINE_PG_USER", "stanceline"));
        }
        return pgUrl.substring(0, pgUrl.lastIndexOf('/') + 1) + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
