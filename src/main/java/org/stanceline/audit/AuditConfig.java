package org.stanceline.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the audit trail ({@code GET /api/audit}). */
@ConfigMapping(prefix = "stanceline.audit")
public interface AuditConfig {

    /**
     * Take the client address from the last entry of {@code X-Forwarded-For} (the one the proxy in front
     * appended) instead of the connection's peer. Only behind a proxy that sets the header: otherwise any
     * client could name any address.
     */
    @WithDefault("false")
    boolean trustForwardedFor();

    /** Entries per page of {@code GET /api/audit} when {@code size} is not given. */
    @WithDefault("50")
    int defaultPageSize();

    /** Largest {@code size} of {@code GET /api/audit}. */
    @WithDefault("500")
    int maxPageSize();
}
