package org.stanceline.backup;

import java.time.Instant;

/** A backup file in the backup directory. */
public record BackupFile(String name, long bytes, Instant writtenAt) {
}
