package org.stanceline.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Accounts, sign-in throttling, same-origin writes and security headers; defaults in application.properties. */
@ConfigMapping(prefix = "stanceline.auth")
public interface AuthConfig {

    /** BCrypt work factor (log2 rounds) of new password hashes; 12 takes about a quarter second here. */
    @WithDefault("12")
    int bcryptCost();

    /** Shortest password an admin may set through the API (seeded passwords from the environment are exempt). */
    @WithDefault("10")
    int minPasswordLength();

    /** How long a verified Basic credential is remembered, so scripts do not pay a BCrypt check per request. */
    @WithDefault("PT10M")
    Duration verifiedCredentialTtl();

    Throttle throttle();

    /** Origins, besides the request's own and {@code stanceline.public-url}, whose pages may send writes. */
    Optional<List<String>> allowedOrigins();

    Hsts hsts();

    interface Throttle {
        /** Failures older than this (counted from the last failure) are forgotten. */
        @WithDefault("PT15M")
        Duration window();

        @WithDefault("5")
        int maxFailuresPerUser();

        @WithDefault("20")
        int maxFailuresPerAddress();

        /** Retry-After when a limit is first reached; doubled by every further attempt, capped at the window. */
        @WithDefault("PT30S")
        Duration firstBlock();

        /** Most users plus addresses tracked at once (memory bound). */
        @WithDefault("100000")
        long maxTracked();
    }

    interface Hsts {
        /** Send Strict-Transport-Security; turn on only when every client reaches the server over https. */
        @WithDefault("false")
        boolean enabled();

        @WithDefault("P365D")
        Duration maxAge();

        @WithDefault("false")
        boolean includeSubdomains();
    }
}
