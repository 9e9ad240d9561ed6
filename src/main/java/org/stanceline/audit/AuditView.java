package org.stanceline.audit;

import java.time.Instant;

/** One audit entry as {@code GET /api/audit} answers it. */
public record AuditView(long id, Instant at, String user, String address, String action, String entity,
                        String entityId, String summary, String method, String path) {
}
