package org.stanceline.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalDate;

/** Limits of strict input: what a date in a body or a query parameter may be. */
@ConfigMapping(prefix = "stanceline.input")
public interface InputConfig {

    /** Earliest date accepted anywhere (bodies, query parameters, restored backups). */
    @WithDefault("1900-01-01")
    LocalDate minDate();

    /** Latest date accepted anywhere. */
    @WithDefault("2100-12-31")
    LocalDate maxDate();

    /**
     * Longest request target (path and query) the app answers with a 414 problem; keep it below
     * {@code quarkus.http.limits.max-initial-line-length}, above which the HTTP layer answers a bare 414.
     */
    @WithDefault("4096")
    int maxUriLength();

    /**
     * Most bytes of request headers the app answers with a 431 problem; keep it below
     * {@code quarkus.http.limits.max-header-size}, above which the HTTP layer answers a bare 431.
     */
    @WithDefault("16384")
    int maxHeaderBytes();
}
