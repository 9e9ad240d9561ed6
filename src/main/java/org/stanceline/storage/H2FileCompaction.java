package org.stanceline.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.jboss.logging.Logger;
import org.stanceline.statement.StatementsBulkLoaded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gives back the dead space a dataset restore leaves in the H2 file. H2's store never overwrites a page in
 * place: a restore of 100,000 statements left a 283 MB file holding 95 MB of live pages, and a million left
 * 3.4 GB. The file is rewritten with only its live pages by H2's {@code SHUTDOWN COMPACT}, at the graceful
 * shutdown after a restore (or after an admin asks). H2 writes the new file beside the old one and swaps
 * them atomically, so a crash during it leaves the old file, whole.
 *
 * <p>H2's online compaction ({@code MVStore.compactFile}) was tried first: it shrank files while serving,
 * but on a small database it failed an internal assertion of H2 2.4.240 and closed the database.
 */
@ApplicationScoped
public class H2FileCompaction {

    private static final Logger LOG = Logger.getLogger(H2FileCompaction.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StorageConfig config;

    @Inject
    Scheduler scheduler;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private final AtomicBoolean requested = new AtomicBoolean();

    void afterRestore(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatementsBulkLoaded loaded) {
        if ("restore".equals(loaded.reason()) && config.compactAfterRestore() && appliesHere()) {
            requestAtShutdown();
        }
    }

    /** True on H2, the only database whose file this compacts. */
    public boolean appliesHere() {
        return "h2".equals(dbKind);
    }

    /** The next graceful shutdown compacts the file. */
    public void requestAtShutdown() {
        if (!requested.getAndSet(true)) {
            LOG.info("H2 file: it will be compacted at the next graceful shutdown");
        }
    }

    public boolean requested() {
        return requested.get();
    }

    /** The H2 file and its size now, if the database is an H2 file in this process. */
    public Optional<FileState> file() {
        try (Connection connection = dataSource.getConnection()) {
            return fileName(connection).map(name -> new FileState(name, size(name)));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** Late among shutdown observers: the other features' work is done, and the datasource is still open. */
    void onStop(@Observes @Priority(Integer.MAX_VALUE - 100) ShutdownEvent event) {
        if (requested.get() && appliesHere()) {
            // SHUTDOWN COMPACT closes the database: a webhook poll or backup fired after it found it closed and
            // logged an ERROR during a clean stop.
            scheduler.pause();
            compactClosing();
        }
    }

    private void compactClosing() {
        long started = System.nanoTime();
        String name = null;
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> found = fileName(connection);
            if (found.isEmpty()) {
                return;
            }
            name = found.get();
            LOG.infof("H2 file compaction: %d MB; rewriting it with its live pages", size(name) >> 20);
            long before = size(name);
            try (Statement shutdown = connection.createStatement()) {
                shutdown.execute("SHUTDOWN COMPACT");
            } catch (SQLException closedUnderUs) {
                // H2 closes the session that asked: its answer may be an error after the work is done.
                LOG.debugf("SHUTDOWN COMPACT: %s", closedUnderUs.getMessage());
            }
            LOG.infof("H2 file compacted: %d MB -> %d MB in %d ms", before >> 20, size(name) >> 20,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("H2 file compaction did not run (%s); the file is intact and keeps its size", e.toString());
        }
    }

    private static Optional<String> fileName(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return Optional.empty();
        }
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return Optional.empty(); // a remote H2 server compacts its own file
        }
        FileStore<?> files = session.getDatabase().getStore().getMvStore().getFileStore();
        return files == null ? Optional.empty() : Optional.of(files.getFileName());
    }

    private static long size(String name) {
        try {
            return Files.size(Path.of(name));
        } catch (IOException e) {
            return -1;
        }
    }

    /** Where the file is and how large. */
    public record FileState(String path, long bytes) {
    }
}
