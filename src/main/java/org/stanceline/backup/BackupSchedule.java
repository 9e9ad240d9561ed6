package org.stanceline.backup;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Fires scheduled backups ({@code stanceline.backup.every} and/or {@code stanceline.backup.cron}, both off by
 * default). SKIP: a run still writing when the next is due is not joined by a second one.
 */
@ApplicationScoped
public class BackupSchedule {

    private static final Logger LOG = Logger.getLogger(BackupSchedule.class);

    @Inject
    BackupService backups;

    @Scheduled(identity = "backup-every", every = "${stanceline.backup.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void every() {
        run();
    }

    @Scheduled(identity = "backup-cron", cron = "${stanceline.backup.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void cron() {
        run();
    }

    private void run() {
        try {
            backups.scheduled();
        } catch (RuntimeException e) {
            // Logged, not thrown: the next run tries again, and the newest good backup stays in place.
            LOG.errorf(e, "Scheduled backup failed");
        }
    }
}
