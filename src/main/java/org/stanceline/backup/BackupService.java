package org.stanceline.backup;

import org.stanceline.kernel.Conflict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.stanceline.audit.AuditLog;
import org.stanceline.export.DatasetExport;
import org.stanceline.export.RestoreConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes gzip backups with the streaming export into the backup directory and keeps the newest
 * {@code stanceline.backup.keep}. The export runs in a transaction that first locks the one row of
 * {@code backup_lock} ({@code skip locked}): with several instances on one database only the one holding the
 * lock writes, and a scheduled run skips a slot another instance has just filled.
 */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class);
    /** Scheduled runs closer than this to the last backup are skipped when only a cron is set. */
    private static final Duration CRON_GAP = Duration.ofMinutes(1);

    /** The schedule and the files, as {@code GET /api/admin/backups} answers. */
    public record Backups(String dir, String every, String cron, int keep, Instant lastWrittenAt,
                          List<BackupFile> files) {
    }

    @Inject
    BackupConfig config;

    @Inject
    RestoreConfig exportConfig;

    @Inject
    DatasetExport export;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    private BackupFiles files() {
        return new BackupFiles(Path.of(config.dir()).toAbsolutePath());
    }

    /** A backup asked for by {@code user}: 409 while another is being written (here or by another instance). */
    public BackupFile backupNow(String user) {
        return write(user, null).orElseThrow(() -> new Conflict(
                "Another backup is being written; try again when it is done"));
    }

    /** A scheduled backup: skipped while another is written, or when one was written less than half an interval ago. */
    public Optional<BackupFile> scheduled() {
        Optional<BackupFile> written = write(AuditLog.SYSTEM, minimumGap());
        if (written.isEmpty()) {
            LOG.debug("Scheduled backup skipped: another instance is writing one or has just written one");
        }
        return written;
    }

    public Backups list() {
        Instant last = QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select last_written_at from backup_lock where id = 1", OffsetDateTime.class)
                    .getResultList();
            return rows.isEmpty() || rows.get(0) == null ? null : ((OffsetDateTime) rows.get(0)).toInstant();
        });
        BackupFiles f = files();
        return new Backups(f.dir().toString(), config.every(), config.cron(), config.keep(), last, f.list());
    }

    private Optional<BackupFile> write(String user, Duration gap) {
        BackupFiles f = files();
        return QuarkusTransaction.requiringNew().timeout(Math.toIntExact(exportConfig.transactionTimeout().toSeconds()))
                .call(() -> {
                    List<?> lock = em.createNativeQuery("select last_written_at from backup_lock where id = 1 "
                            + "for update skip locked", OffsetDateTime.class).getResultList();
                    if (lock.isEmpty()) {
                        return Optional.<BackupFile>empty();
                    }
                    OffsetDateTime last = (OffsetDateTime) lock.get(0);
                    Instant now = Instant.now();
                    if (gap != null && last != null && last.toInstant().plus(gap).isAfter(now)) {
                        return Optional.<BackupFile>empty();
                    }
                    long start = System.nanoTime();
                    BackupFile file = f.write(now, export::write);
                    int pruned = f.prune(config.keep());
                    em.createNativeQuery("update backup_lock set last_written_at = ?1, last_file = ?2 where id = 1")
                            .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                            .setParameter(2, file.name()).executeUpdate();
                    audit.record(user, AuditLog.BACKUP, "backup", file.name(), file.bytes() + " bytes gzip in "
                            + f.dir() + "; " + pruned + " older deleted (keep " + config.keep() + ")");
                    LOG.infof("Backup %s written (%,d bytes, %d ms); %d older deleted", file.name(), file.bytes(),
                            (System.nanoTime() - start) / 1_000_000, pruned);
                    return Optional.of(file);
                });
    }

    /** Half the interval, so that instances whose timers are out of step still write about once per interval. */
    private Duration minimumGap() {
        Duration every = interval(config.every());
        return every == null ? CRON_GAP : every.dividedBy(2);
    }

    /** {@code 6h}, {@code 30m}, {@code 45s}, {@code 1d}, a bare number of seconds, or an ISO duration; null for off. */
    static Duration interval(String every) {
        String v = every == null ? "" : every.trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("off") || v.equals("disabled")) {
            return null;
        }
        if (v.chars().allMatch(Character::isDigit)) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        if (v.endsWith("d") && v.substring(0, v.length() - 1).chars().allMatch(Character::isDigit)) {
            return Duration.ofDays(Long.parseLong(v.substring(0, v.length() - 1)));
        }
        return Duration.parse(v.startsWith("p") ? v : "PT" + v);
    }
}
