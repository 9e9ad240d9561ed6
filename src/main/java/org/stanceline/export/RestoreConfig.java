package org.stanceline.export;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the streaming backup and restore ({@code POST /api/import/dataset}, {@code GET /api/export/dataset.json}). */
@ConfigMapping(prefix = "stanceline.restore")
public interface RestoreConfig {

    /**
     * Largest restore body as sent (gzip-compressed or not). The HTTP layer's own backstop,
     * {@code quarkus.http.limits.max-body-size}, must be at least this large.
     */
    @WithDefault("4G")
    MemorySize maxBodySize();

    /** Largest restore document once decompressed: bounds a gzip body that expands without end. */
    @WithDefault("16G")
    MemorySize maxJsonSize();

    /** Rows per JDBC batch insert. */
    @WithDefault("1000")
    int batchSize();

    /**
     * Rows written per committed chunk when the restore runs on its own (0: one transaction for all rows).
     * A failed or interrupted restore is undone all the same (see RestoreMarker).
     */
    @WithDefault("50000")
    int commitEvery();

    /** A progress line is logged every this many statements. */
    @WithDefault("100000")
    int logEvery();

    /** Longest the restore's last transaction (derived data) or the export's read may run. */
    @WithDefault("1H")
    Duration transactionTimeout();
}
