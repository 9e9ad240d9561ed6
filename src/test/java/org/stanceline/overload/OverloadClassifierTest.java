package org.stanceline.overload;

import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OverloadClassifierTest {

    @Test
    void shouldFindAgroalsAcquisitionTimeoutWhereverItIsWrapped() {
        SQLException agroal = new SQLException("Sorry, acquisition timeout!");
        assertEquals(Overload.Kind.CONNECTION_POOL, Overload.of(agroal));
        assertEquals(Overload.Kind.CONNECTION_POOL, Overload.of(new PersistenceException("Unable to acquire JDBC Connection",
                new RuntimeException(agroal))));
        assertEquals(Overload.Kind.CONNECTION_POOL, Overload.of(new SQLTransientConnectionException("pool empty")));
    }

    @Test
    void shouldTellBulkheadsAndQueuesFromRealFailures() {
        assertEquals(Overload.Kind.BULKHEAD, Overload.of(new CompletionException(new BulkheadException("full"))));
        assertEquals(Overload.Kind.QUEUE, Overload.of(new RejectedExecutionException("queue full")));
        assertNull(Overload.of(new PersistenceException(new SQLException("syntax error in SQL statement"))));
        assertNull(Overload.of(new IllegalStateException("bug")));
    }
}
