package org.stanceline.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Backups written by {@code scripts/GenerateBackup.java}, run as a user runs it (a JDK source launch). */
public final class GeneratedBackup {

    private static final Map<Integer, byte[]> FILES = new HashMap<>();

    private GeneratedBackup() {
    }

    public static synchronized byte[] file(int statements) throws IOException, InterruptedException {
        byte[] cached = FILES.get(statements);
        if (cached != null) {
            return cached;
        }
        Path out = Files.createTempFile("stanceline-backup-", ".json.gz");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "scripts/GenerateBackup.java", "--statements",
                Integer.toString(statements), "--out", out.toString(), "--seed", "7"))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("the generator failed: " + output);
        }
        byte[] bytes = Files.readAllBytes(out);
        Files.delete(out);
        FILES.put(statements, bytes);
        return bytes;
    }
}
