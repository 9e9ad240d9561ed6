package org.stanceline.export;

import org.stanceline.kernel.Conflict;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;
import org.stanceline.audit.AuditLog;
import org.stanceline.statement.StatementSearch;
import org.stanceline.statement.StatementsBulkLoaded;

import javax.sql.DataSource;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Restores a backup streamed from the request body into an empty database, all or nothing: a broken
 * record, a broken body, a client that hangs up or a killed process leaves the database as it was.
 *
 * <p>Called inside a transaction, everything happens in that one transaction. Otherwise the rows are
 * committed in chunks of {@code stanceline.restore.commit-every} (one H2 transaction over a million rows
 * takes longer to commit than to write and leaves a file many times the data's size), guarded by a
 * {@link RestoreMarker} that undoes a failed or interrupted restore; the last transaction fires
 * {@link StatementsBulkLoaded} and removes the marker, so derived data commits with the restore's end.
 */
@ApplicationScoped
public class DatasetRestore {

    private static final Logger LOG = Logger.getLogger(DatasetRestore.class);

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    RestoreConfig config;

    @Inject
    RestoreMarker marker;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<StatementsBulkLoaded> bulkLoaded;

    @Inject
    StatementSearch search;

    @Inject
    Validator validator;

    /** One restore at a time in this process (the marker row stops a second process). */
    private final AtomicBoolean running = new AtomicBoolean();

    /** Restores the JSON (or, with {@code gzip}, gzip-compressed JSON) in {@code body}. */
    public Dataset.Counts restore(InputStream body, boolean gzip, String user) {
        if (!running.compareAndSet(false, true)) {
            throw new Conflict("Another restore is running");
        }
        try {
            InputStream json = RestoreBody.json(body, gzip, config.maxBodySize().asLongValue(),
                    config.maxJsonSize().asLongValue());
            return QuarkusTransaction.isActive() ? restoreInCallersTransaction(json, user) : restoreInChunks(json, user);
        } finally {
            running.set(false);
        }
    }

    /** True while a restore is reading or writing. */
    public boolean running() {
        return running.get();
    }

    private Dataset.Counts restoreInCallersTransaction(InputStream json, String user) {
        marker.requireEmpty();
        Dataset.Counts written = em.unwrap(Session.class).doReturningWork(connection -> write(connection, json, 0));
        bulkLoaded.fire(new StatementsBulkLoaded("restore", written.statements()));
        recordRestore(user, written);
        return written;
    }

    private Dataset.Counts restoreInChunks(InputStream json, String user) {
        try {
            marker.begin(user);
        } catch (PersistenceException | QuarkusTransactionException e) {
            throw new Conflict("Another restore is running");
        }
        long start = System.nanoTime();
        try {
            Dataset.Counts written;
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    written = write(connection, json, config.commitEvery());
                    connection.commit();
                } catch (RuntimeException | SQLException e) {
                    connection.rollback();
                    throw e;
                }
            }
            // The text index is the largest derived table; committed in chunks under the marker like the rows.
            search.rebuildIndexCommitting(dataSource);
            QuarkusTransaction.requiringNew().timeout(Math.toIntExact(config.transactionTimeout().toSeconds()))
                    .run(() -> {
                        bulkLoaded.fire(new StatementsBulkLoaded("restore", written.statements(), true));
                        recordRestore(user, written);
                        marker.finish();
                    });
            LOG.infof("Restore: %s committed in %.1f s", written, (System.nanoTime() - start) / 1e9);
            return written;
        } catch (RuntimeException | SQLException e) {
            LOG.infof("Restore failed (%s); undoing what it wrote", e.getMessage());
            marker.undo();
            if (e instanceof SQLException sql) {
                throw new IllegalStateException("Restore failed", sql);
            }
            throw (RuntimeException) e;
        }
    }

    /** One entry for the whole restore, committed with its last transaction. */
    private void recordRestore(String user, Dataset.Counts c) {
        audit.record(user, AuditLog.RESTORE, "dataset", null, c.topics() + " topics, " + c.actors() + " actors, "
                + c.speakers() + " speakers, " + c.sources() + " sources, " + c.statements() + " statements, "
                + c.events() + " events, " + c.audit() + " audit entries");
    }

    private Dataset.Counts write(Connection connection, InputStream json, int commitEvery) throws SQLException {
        Dialect dialect = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect();
        try (RestoreSession session = new RestoreSession(connection,
                dialect.getSequenceSupport()::getSequenceNextValString, config.batchSize(), config.logEvery(),
                commitEvery, validator)) {
            new DatasetReader(mapper).read(json, session);
            return session.counts();
        }
    }
}
