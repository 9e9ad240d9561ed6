package org.stanceline.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Housekeeping of the embedded H2 file ({@code stanceline.storage.*}); no effect on PostgreSQL or in memory. */
@ConfigMapping(prefix = "stanceline.storage")
public interface StorageConfig {

    /**
     * Compact the H2 file at the graceful shutdown after a dataset restore. It takes about as long as
     * reading the file once (17 s for a 283 MB file on a busy 2-core machine).
     */
    @WithDefault("true")
    boolean compactAfterRestore();
}
