package org.stanceline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Throughput of the whole pipeline on one core (one thread), raw text in, proposals out. Not part of
 * the normal run: {@code mvn test -Dquarkus.quinoa=false -Dtest=IngestBenchmark -Dingest.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "ingest.benchmark", matches = "true")
class IngestBenchmark {

    @Test
    void printThroughput() throws Exception {
        IngestPipeline pipeline = IngestPipeline.fromDataDir(Path.of("data"));
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/ingest/seeds"))) {
            for (Path f : files.sorted().toList()) {
                seeds.add(Files.readString(f));
            }
        }
        // A long document too: the seeds' paragraphs made unique, about 1 MB, to show the cost does not grow faster than the text.
        StringBuilder big = new StringBuilder();
        for (int i = 0; big.length() < 1_000_000; i++) {
            for (String para : seeds.get(i % seeds.size()).split("\n")) {
                if (!para.isBlank()) {
                    big.append(para.strip()).append(" (").append(i).append(")\n\n");
                }
            }
        }
        report("five seed articles, one at a time", pipeline, seeds, 5);
        report("one 1 MB document", pipeline, List.of(big.toString()), 5);
    }

    private static void report(String what, IngestPipeline pipeline, List<String> texts, int seconds) {
        long bytesPerRound = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        long proposals = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        // Warm up for CPU time, not wall time: on a busy machine the JIT needs its share of the CPU.
        long warmUntil = cpu.getCurrentThreadCpuTime() + 4_000_000_000L;
        while (cpu.getCurrentThreadCpuTime() < warmUntil) {
            for (String t : texts) {
                proposals += pipeline.run(t, IngestPipeline.Metadata.NONE).statements().size();
            }
        }
        long bytes = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long cpuEnd = cpuStart + seconds * 1_000_000_000L;
        long now;
        do {
            for (String t : texts) {
                proposals += pipeline.run(t, IngestPipeline.Metadata.NONE).statements().size();
            }
            bytes += bytesPerRound;
            now = System.nanoTime();
        } while (threads.getCurrentThreadCpuTime() < cpuEnd);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double mbPerCpuSecond = bytes / 1e6 / cpuSeconds;
        double mbPerSecond = bytes / 1e6 / ((now - start) / 1e9);
        // Per core = per CPU-second of the one benchmarking thread; wall-clock time also counts the
        // time the thread waited for a core on a busy machine.
        System.out.printf(Locale.ROOT, "Ingest throughput (%s): %.2f MB per CPU-second on one core; %.2f MB/s wall clock "
                        + "(%.1f MB in %.1f s wall, %.1f s CPU; %d proposals)%n",
                what, mbPerCpuSecond, mbPerSecond, bytes / 1e6, (now - start) / 1e9, cpuSeconds, proposals);
    }
}
