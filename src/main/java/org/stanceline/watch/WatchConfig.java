package org.stanceline.watch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The changes view and the positions matrix. */
@ConfigMapping(prefix = "stanceline.watch")
public interface WatchConfig {

    /** Statements listed by one changes request; beyond it the answer says truncated=true. */
    @WithDefault("500")
    int maxChanges();
}
