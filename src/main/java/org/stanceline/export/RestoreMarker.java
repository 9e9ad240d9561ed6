package org.stanceline.export;

import org.stanceline.kernel.Conflict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.stanceline.statement.StatementSearch;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Makes a restore that commits in chunks all-or-nothing: a marker row is committed before the first chunk
 * and deleted in the restore's last transaction. A restore that fails, or a marker found at start-up (the
 * process was killed mid-restore), deletes every row of the backed-up tables (a restore only runs on an
 * empty database, so that is the state before it), then the marker.
 */
@ApplicationScoped
public class RestoreMarker {

    private static final Logger LOG = Logger.getLogger(RestoreMarker.class);
    /** Child tables first; the large ones are deleted in chunks so that no transaction grows with the data. */
    static final List<String> TABLES = List.of("event", "statement_revision", "statement", "speaker_alias",
            "speaker_role_phrase", "speaker", "source", "actor", "topic");
    private static final List<String> CHUNKED = List.of("statement_revision", "statement", "source");
    private static final int DELETE_CHUNK = 10_000;

    @Inject
    EntityManager em;

    @Inject
    DatasetService datasets;

    @Inject
    StatementSearch search;

    @Inject
    javax.sql.DataSource dataSource;

    /** In its own transaction: 409 unless the database is empty and no other restore is running. */
    void begin(String user) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (present()) {
                throw new Conflict("Another restore is running (or one was interrupted and is being "
                        + "undone)");
            }
            requireEmpty();
            // Audit entries are not wiped before a restore; those it copies get ids above this mark.
            Number auditMark = (Number) em.createNativeQuery("select coalesce(max(id), 0) from audit_entry")
                    .getSingleResult();
            em.createNativeQuery("insert into restore_marker (id, started_at, started_by, audit_after) "
                            + "values (1, ?1, ?2, ?3)")
                    .setParameter(1, LocalDateTime.now(ZoneOffset.UTC)).setParameter(2, user)
                    .setParameter(3, auditMark.longValue()).executeUpdate();
        });
    }

    /** In the current transaction: 409 unless every backed-up table is empty. */
    void requireEmpty() {
        Map<String, Long> counts = datasets.counts();
        if (counts.values().stream().anyMatch(n -> n > 0)) {
            throw new Conflict("A dataset can only be restored into an empty database; this one "
                    + "holds " + counts, Map.of("counts", counts));
        }
    }

    /** Inside the restore's last transaction. */
    void finish() {
        em.createNativeQuery("delete from restore_marker").executeUpdate();
    }

    /** Deletes what a failed restore wrote, then the marker, in transactions of bounded size. */
    void undo() {
        long start = System.nanoTime();
        try {
            search.clearIndex(dataSource);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not empty the text index while undoing a restore", e);
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from audit_entry where id > "
                + "(select audit_after from restore_marker where id = 1)").executeUpdate());
        for (String table : TABLES) {
            if (CHUNKED.contains(table)) {
                int deleted;
                do {
                    deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("delete from " + table
                            + " where id in (select id from " + table + " fetch first " + DELETE_CHUNK + " rows only)")
                            .executeUpdate());
                } while (deleted > 0);
            } else {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from " + table).executeUpdate());
            }
        }
        QuarkusTransaction.requiringNew().run(this::finish);
        LOG.infof("Restore undone: the database is empty again (%.1f s)", (System.nanoTime() - start) / 1e9);
    }

    private boolean present() {
        return ((Number) em.createNativeQuery("select count(*) from restore_marker").getSingleResult()).longValue() > 0;
    }

    /** A restore interrupted by a crash is undone before the application serves requests. */
    void onStart(@Observes StartupEvent event) {
        if (QuarkusTransaction.requiringNew().call(this::present)) {
            LOG.warn("An interrupted restore was found at start-up: deleting what it wrote");
            undo();
        }
    }
}
