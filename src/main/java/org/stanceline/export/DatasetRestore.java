package org.stanceline.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.dialect.Dialect;
import org.jboss.logging.Logger;
import org.stanceline.statement.StatementsBulkLoaded;
import org.stanceline.web.ProblemException;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Restores a backup streamed from the request body into an empty database, in ONE transaction: a broken
 * record, a broken body, a client that hangs up or a killed process leaves the database as it was.
 */
@ApplicationScoped
public class DatasetRestore {

    private static final Logger LOG = Logger.getLogger(DatasetRestore.class);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    RestoreConfig config;

    @Inject
    DatasetService datasets;

    @Inject
    jakarta.enterprise.event.Event<StatementsBulkLoaded> bulkLoaded;

    /** One restore at a time: two would each find the database empty and then collide on every key. */
    private final AtomicBoolean running = new AtomicBoolean();

    /** Restores the JSON (or, with {@code gzip}, gzip-compressed JSON) in {@code body}. */
    public Dataset.Counts restore(InputStream body, boolean gzip) {
        if (!running.compareAndSet(false, true)) {
            throw ProblemException.conflict("Another restore is running", Map.of());
        }
        try {
            InputStream json = RestoreBody.json(body, gzip, config.maxBodySize().asLongValue(),
                    config.maxJsonSize().asLongValue());
            return QuarkusTransaction.joiningExisting()
                    .timeout(Math.toIntExact(config.transactionTimeout().toSeconds()))
                    .call(() -> restoreInTransaction(json));
        } finally {
            running.set(false);
        }
    }

    /** True while a restore is reading or writing (its transaction not yet ended). */
    public boolean running() {
        return running.get();
    }

    private Dataset.Counts restoreInTransaction(InputStream json) {
        Map<String, Long> counts = datasets.counts();
        if (counts.values().stream().anyMatch(n -> n > 0)) {
            throw ProblemException.conflict("A dataset can only be restored into an empty database; this one holds "
                    + counts, Map.of("counts", counts));
        }
        Dialect dialect = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect();
        long start = System.nanoTime();
        Dataset.Counts written = em.unwrap(Session.class).doReturningWork(connection -> {
            try (RestoreSession session = new RestoreSession(connection,
                    dialect.getSequenceSupport()::getSequenceNextValString, config.batchSize(), config.logEvery())) {
                new DatasetReader(mapper).read(json, session);
                return session.counts();
            }
        });
        bulkLoaded.fire(new StatementsBulkLoaded("restore", written.statements()));
        LOG.infof("Restore: %s written in %.1f s; committing", written, (System.nanoTime() - start) / 1e9);
        return written;
    }
}
