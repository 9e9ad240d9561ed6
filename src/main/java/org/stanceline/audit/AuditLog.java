package org.stanceline.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Records writes in the audit trail. Services call {@link #record} inside the transaction of the write itself,
 * so the entry commits or rolls back with it: a crash never keeps a write without its entry, or an entry for a
 * write that did not happen. Outside an HTTP request (start-up corpus load, scheduled backup) method, path and
 * address are empty.
 */
@ApplicationScoped
public class AuditLog {

    /** The user named in entries written by the application itself (start-up load, scheduled backups). */
    public static final String SYSTEM = "system";
    static final int SUMMARY_LENGTH = 1000;

    /** Actions. Free text in the table, so that new kinds of writes need no migration. */
    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String CONFIRM = "confirm";
    public static final String REJECT = "reject";
    public static final String DELETE = "delete";
    public static final String PROPOSE = "propose";
    public static final String IMPORT = "import";
    public static final String RESTORE = "restore";
    public static final String REBUILD = "rebuild";
    public static final String BACKUP = "backup";

    @Inject
    EntityManager em;

    @Inject
    AuditRequest request;

    /** Adds one entry to the caller's transaction. {@code summary} is cut to 1000 characters. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String user, String action, String entity, Object entityId, String summary) {
        AuditEntry e = new AuditEntry();
        e.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        e.username = cut(user == null || user.isBlank() ? SYSTEM : user, 64);
        e.action = cut(action, 32);
        e.entity = cut(entity, 32);
        e.entityId = entityId == null ? null : cut(entityId.toString(), 64);
        e.summary = cut(summary == null ? "" : summary, SUMMARY_LENGTH);
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive() && request.method() != null) {
            e.httpMethod = request.method();
            e.httpPath = cut(request.path(), 300);
            e.address = request.address();
            request.countRecord();
        }
        em.persist(e);
    }

    /**
     * Says that this request succeeded without changing anything (a bulk upload whose every file was refused),
     * so the check for unaudited writes does not report it.
     */
    public void nothingWritten() {
        if (Arc.container().requestContext().isActive()) {
            request.countRecord();
        }
    }

    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }
}
