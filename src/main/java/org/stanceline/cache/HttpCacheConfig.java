package org.stanceline.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** HTTP caching of the read endpoints (ETag from the data version, Cache-Control, in-memory responses). */
@ConfigMapping(prefix = "stanceline.http-cache")
public interface HttpCacheConfig {

    /**
     * max-age of Cache-Control, in seconds. 0 (default): clients and proxies may store a response but must
     * revalidate it before each use, which costs a 304 and shows a write at once on every instance.
     */
    @WithDefault("0")
    int maxAgeSeconds();

    /** Most responses kept in memory. */
    @WithDefault("2000")
    long maxEntries();

    /** Most bytes of response bodies kept in memory (each entry weighs its body's length). */
    @WithDefault("67108864")
    long maxBytes();

    /** Bodies larger than this are sent but not kept, so one large briefing cannot push out many timelines. */
    @WithDefault("4194304")
    int maxEntryBytes();
}
