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
}
