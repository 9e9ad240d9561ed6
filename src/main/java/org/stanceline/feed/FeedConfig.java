package org.stanceline.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Atom feeds of confirmed statements and shifts. */
@ConfigMapping(prefix = "stanceline.feeds")
public interface FeedConfig {

    /** Entries in one feed, newest said first. */
    @WithDefault("50")
    int maxEntries();
}
