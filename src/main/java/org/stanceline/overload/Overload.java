package org.stanceline.overload;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.RejectedExecutionException;

/** Tells errors that mean "too busy now, try again" from real failures, wherever they are wrapped. */
public final class Overload {

    public enum Kind {
        /** The bulkhead of heavy work was full. */
        BULKHEAD,
        /** No JDBC connection came free within the pool's acquisition timeout. */
        CONNECTION_POOL,
        /** A worker queue refused the task. */
        QUEUE
    }

    private Overload() {
    }

    /** The overload this error reports, found anywhere in its cause chain; null for any other error. */
    public static Kind of(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof BulkheadException) {
                return Kind.BULKHEAD;
            }
            if (t instanceof RejectedExecutionException) {
                return Kind.QUEUE;
            }
            if (t instanceof SQLTransientConnectionException || (t instanceof SQLException
                    && t.getMessage() != null && t.getMessage().toLowerCase().contains("acquisition timeout"))) {
                // Agroal says "Sorry, acquisition timeout!"; other pools use the JDBC transient type.
                return Kind.CONNECTION_POOL;
            }
        }
        return null;
    }
}
