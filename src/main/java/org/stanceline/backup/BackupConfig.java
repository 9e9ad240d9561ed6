package org.stanceline.backup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Scheduled backups: when, where, how many to keep. */
@ConfigMapping(prefix = "stanceline.backup")
public interface BackupConfig {

    /** Interval between scheduled backups, e.g. {@code 6h}, {@code 30m}, {@code 1d}; {@code off} for none. */
    @WithDefault("off")
    String every();

    /** A Quartz-style cron expression instead of (or beside) {@code every}, e.g. {@code 0 0 3 * * ?}; {@code off} for none. */
    @WithDefault("off")
    String cron();

    /** Directory of the backup files; created if missing. Share it between instances to keep one series. */
    @WithDefault("var/backups")
    String dir();

    /** Backup files kept: after each backup, older ones beyond this many are deleted. */
    @WithDefault("7")
    int keep();
}
