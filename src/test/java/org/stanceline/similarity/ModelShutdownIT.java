package org.stanceline.similarity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stanceline.PackagedApp;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stop that came while ONNX Runtime was still loading the model crashed the JVM (SIGSEGV or SIGBUS in
 * libonnxruntime, exit 134, an hs_err file) instead of stopping it. A preload ran for a second or more after the
 * server was ready, so a stop right at ready landed inside it; now a preload ends before ready.
 */
class ModelShutdownIT {

    @TempDir
    Path dir;

    @Test
    void aStopWhileTheModelLoadsIsAGracefulStop() throws Exception {
        Path log = dir.resolve("app.log");
        PackagedApp app = PackagedApp.start(dir.resolve("stanceline"), log, "-Dstanceline.load-corpus=false",
                "-Dstanceline.similarity.preload=true", "-XX:ErrorFile=" + dir.resolve("hs_err_%p.log"));
        int exit = app.stop();
        String output = Files.readString(log);
        assertFalse(output.contains("A fatal error has been detected"), output);
        assertEquals(143, exit, "SIGTERM should end the JVM by its shutdown hooks (143), not a crash:\n" + output);
        assertTrue(output.contains("stopped in"), "Quarkus logs a graceful stop:\n" + output);
    }

    @Test
    void byDefaultTheModelWaitsForTheFirstIngest() throws Exception {
        Path log = dir.resolve("lazy.log");
        try (PackagedApp app = PackagedApp.start(dir.resolve("lazy"), log, "-Dstanceline.load-corpus=false")) {
            app.get("/api/topics");
            Thread.sleep(3000); // a preload would have logged by now (it takes about a second)
            assertFalse(Files.readString(log).contains("Sentence model loaded"), Files.readString(log));
        }
    }
}
