package org.stanceline.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The backup directory: files named {@code stanceline-<UTC time>.json.gz}, so that name order is time order.
 * A backup is written to a temporary file, forced to disk, then renamed into place and the directory forced,
 * so the newest name is always a whole backup: a crash leaves at most a temporary file, removed on the next run.
 */
final class BackupFiles {

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static final Pattern NAME = Pattern.compile("stanceline-\\d{8}T\\d{9}Z\\.json\\.gz");
    private static final String TEMP_SUFFIX = ".tmp";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dir;

    BackupFiles(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** Writes a new gzip backup atomically and answers it. */
    BackupFile write(Instant at, Writer body) {
        try {
            Files.createDirectories(dir);
            removeTemporaries();
            Instant stamp = at;
            while (Files.exists(dir.resolve(name(stamp)))) {
                stamp = stamp.plusMillis(1);
            }
            String name = name(stamp);
            Path target = dir.resolve(name);
            Path temp = dir.resolve("." + name + TEMP_SUFFIX);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream file = Channels.newOutputStream(channel);
                GZIPOutputStream gzip = new GZIPOutputStream(file, 64 * 1024);
                body.write(gzip);
                gzip.finish();
                gzip.flush();
                channel.force(true);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory();
            return describe(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Backup to " + dir + " failed", e);
        }
    }

    private static String name(Instant at) {
        return "stanceline-" + STAMP.format(at) + ".json.gz";
    }

    /** The backup files, newest first. */
    List<BackupFile> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<BackupFile> found = new ArrayList<>();
            for (Path p : files.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).toList()) {
                found.add(describe(p));
            }
            found.sort(Comparator.comparing(BackupFile::name).reversed());
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the backups older than the newest {@code keep}; answers how many. */
    int prune(int keep) {
        List<BackupFile> all = list();
        int deleted = 0;
        for (BackupFile old : all.subList(Math.min(Math.max(keep, 1), all.size()), all.size())) {
            try {
                Files.deleteIfExists(dir.resolve(old.name()));
                deleted++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return deleted;
    }

    private void removeTemporaries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(TEMP_SUFFIX)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The rename is durable only once the directory entry is on disk. */
    private void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisFileSystem) {
            // Some file systems cannot open a directory; the rename is still atomic there.
        }
    }

    private static BackupFile describe(Path p) throws IOException {
        FileTime modified = Files.getLastModifiedTime(p);
        return new BackupFile(p.getFileName().toString(), Files.size(p), modified.toInstant());
    }
}
