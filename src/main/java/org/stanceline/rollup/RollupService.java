package org.stanceline.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.stanceline.statement.StatementsBulkLoaded;

/**
 * Rebuilds every rollup and shift row from the confirmed statements, set-based: after bulk loads (corpus,
 * restore), which bypass the per-statement maintenance, and on an administrator's request.
 */
@ApplicationScoped
public class RollupService {

    private static final Logger LOG = Logger.getLogger(RollupService.class);

    /** Rows written by a rebuild. */
    public record RebuildCounts(long rollups, long shifts) {
    }

    @Inject
    EntityManager em;

    @Inject
    RollupWriter writer;

    /** Rebuilds in the caller's transaction, or a new one. */
    @Transactional
    public RebuildCounts rebuild() {
        writer.lock();
        em.createNativeQuery("delete from stance_shift").executeUpdate();
        em.createNativeQuery("delete from stance_rollup").executeUpdate();
        long rollups = 0;
        for (RollupKind kind : RollupKind.values()) {
            rollups += em.createNativeQuery(RollupSql.fillBuckets(kind)).executeUpdate();
        }
        long shifts = em.createNativeQuery(RollupSql.FILL_SHIFTS).executeUpdate();
        return new RebuildCounts(rollups, shifts);
    }

    void onBulkLoaded(@Observes StatementsBulkLoaded loaded) {
        long started = System.nanoTime();
        RebuildCounts counts = rebuild();
        LOG.infof("Rollups rebuilt after %s load of %d statements: %d bucket rows, %d shifts in %d ms",
                loaded.reason(), loaded.statements(), counts.rollups(), counts.shifts(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
