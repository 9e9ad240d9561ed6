package org.stanceline;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged application (target/quarkus-app) started as a user starts it, for integration tests. */
public final class PackagedApp implements AutoCloseable {

    private final Process process;
    private final Path log;
    public final int port;

    private PackagedApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the app on a free port with its H2 file at {@code dbFile}, and waits until it answers. */
    public static PackagedApp start(Path dbFile, Path log, String... extraProperties) throws Exception {
        List<String> properties = new ArrayList<>(List.of("-Dstanceline.db-file=" + dbFile));
        properties.addAll(List.of(extraProperties));
        return startJar(Path.of("target/quarkus-app/quarkus-run.jar"), log, properties.toArray(String[]::new));
    }

    /** Starts the given packaged jar (e.g. the PostgreSQL build in target/pg-app) with these system properties. */
    public static PackagedApp startJar(Path jar, Path log, String... properties) throws Exception {
        // A port found free can be taken by another process before the app binds it (seen in CI), so a
        // start that fails only because its port is in use is tried again on another one.
        for (int attempt = 1; ; attempt++) {
            try {
                return startJarOnce(jar, log, properties);
            } catch (PortTaken taken) {
                if (attempt == PORT_ATTEMPTS) {
                    throw new AssertionError("application could not bind a port in " + PORT_ATTEMPTS + " attempts:\n"
                            + taken.getMessage());
                }
            }
        }
    }

    private static final int PORT_ATTEMPTS = 5;

    private static final class PortTaken extends Exception {
        PortTaken(String log) {
            super(log);
        }
    }

    private static PackagedApp startJarOnce(Path jar, Path log, String... properties) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dstanceline.data-dir=" + Path.of("data").toAbsolutePath()));
        command.addAll(List.of(properties));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PackagedApp app = new PackagedApp(process, log, port);
        app.awaitReady();
        return app;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String output = log();
                if (output.contains("Port " + port + " seems to be in use")) {
                    throw new PortTaken(output);
                }
                throw new AssertionError("application exited:\n" + output);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(200);
        }
        close();
        throw new AssertionError("application did not become ready in 90 s:\n" + log());
    }

    /** Kills the process as a crash would ({@code kill -9}): no shutdown hooks, nothing flushed. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops the process as a service manager does (SIGTERM) and returns its exit code (143 for a clean stop). */
    public int stop() throws InterruptedException {
        process.destroy();
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
