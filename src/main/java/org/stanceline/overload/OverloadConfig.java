package org.stanceline.overload;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Answers to overload: 503 problem+json with Retry-After. */
@ConfigMapping(prefix = "stanceline.overload")
public interface OverloadConfig {

    /** Retry-After of a 503, in seconds. */
    @WithDefault("2")
    int retryAfterSeconds();
}
