package org.stanceline.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sends every .txt, .md and .html file of a folder to a running server, one request per file, printing
 * progress and each file's result. Uses the JDK only, so it runs straight from its source file:
 * <pre>
 * STANCELINE_USER=analyst STANCELINE_PASSWORD=… \
 *   java src/main/java/org/stanceline/ingest/BulkIngestCommand.java http://localhost:8080 path/to/folder
 * </pre>
 * Files it will not send (another extension, unreadable, not a regular file) are listed as skipped
 * with the reason. Exit code 0 when every file was stored or was already stored (409), 1 when any
 * failed, {@value #EXIT_SKIPPED} when none failed but some were skipped.
 */
public final class BulkIngestCommand {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern EXISTING = Pattern.compile("\"existingId\"\\s*:\\s*(\\d+)");
    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PROPOSED = Pattern.compile("\"status\"\\s*:\\s*\"proposed\"");

    static final int EXIT_SKIPPED = 3;

    private BulkIngestCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BulkIngestCommand <server URL> <folder>   (credentials: STANCELINE_USER, STANCELINE_PASSWORD)");
            System.exit(2);
        }
        System.exit(run(args[0], Path.of(args[1]), System.getenv().getOrDefault("STANCELINE_USER", "analyst"),
                System.getenv().getOrDefault("STANCELINE_PASSWORD", ""), System.out));
    }

    /** Sends the folder's files and prints one line per file; returns the exit code. */
    static int run(String server, Path folder, String user, String password, java.io.PrintStream out) throws Exception {
        String base = server.replaceAll("/+$", "");
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        List<Path> all;
        try (Stream<Path> list = Files.list(folder)) {
            all = list.sorted().toList();
        }
        List<Path> files = all.stream().filter(p -> skipReason(p) == null).toList();
        List<Path> skipped = all.stream().filter(p -> skipReason(p) != null).toList();
        for (Path f : skipped) {
            out.printf(Locale.ROOT, "skipped %s: %s%n", f.getFileName(), skipReason(f));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int created = 0;
        int duplicates = 0;
        int failed = 0;
        long proposedTotal = 0;
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/sources"))
                    .timeout(Duration.ofMinutes(2)).header("Authorization", auth)
                    .header("Content-Type", contentType(f) + "; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofFile(f)).build();
            String line;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                String body = response.body();
                if (response.statusCode() == 201) {
                    long proposed = PROPOSED.matcher(body).results().count();
                    proposedTotal += proposed;
                    created++;
                    line = "201 stored as source " + first(ID, body) + ", " + proposed + " statements proposed";
                } else if (response.statusCode() == 409) {
                    duplicates++;
                    line = "409 already stored as source " + first(EXISTING, body);
                } else {
                    failed++;
                    line = response.statusCode() + " " + first(DETAIL, body);
                }
            } catch (java.io.IOException e) {
                failed++;
                line = "error: " + e.getMessage();
            }
            out.printf(Locale.ROOT, "[%d/%d] %s: %s%n", i + 1, files.size(), f.getFileName(), line);
        }
        out.printf(Locale.ROOT, "%d files: %d stored (%d statements proposed), %d already stored, %d failed, %d skipped%n",
                files.size(), created, proposedTotal, duplicates, failed, skipped.size());
        return failed > 0 ? 1 : skipped.isEmpty() ? 0 : EXIT_SKIPPED;
    }

    /** Why a file of the folder is not sent, or null when it is. */
    static String skipReason(Path p) {
        if (Files.isDirectory(p)) {
            return "a folder (folders are not searched)";
        }
        if (!Files.isRegularFile(p)) {
            return "not a regular file";
        }
        if (contentType(p) == null) {
            return "not a .txt, .md or .html file (convert it to text first)";
        }
        if (!Files.isReadable(p)) {
            return "not readable";
        }
        return null;
    }

    private static String contentType(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return "text/plain";
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return "text/markdown";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        return null;
    }

    private static String first(Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.find() ? m.group(1) : "?";
    }
}
