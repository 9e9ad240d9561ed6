package org.stanceline.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stanceline.TestUsers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backups written by the service and the admin API: whole gzip files, retention, one writer at a time. */
@QuarkusTest
public class BackupServiceTest {

    @Inject
    BackupService backups;

    @Inject
    BackupConfig config;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private Path dir() {
        return Path.of(config.dir()).toAbsolutePath();
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    @BeforeEach
    void emptyDirectory() throws IOException {
        Files.createDirectories(dir());
        try (Stream<Path> files = Files.list(dir())) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        // Scheduled runs compare with the last backup; start each test as if none was written.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update backup_lock set last_written_at = null, last_file = null").executeUpdate());
    }

    private JsonNode read(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir().resolve(name)))) {
            return json.readTree(in);
        }
    }

    @Test
    void shouldWriteAWholeGzipBackupThroughTheAdminApiAndListIt() throws Exception {
        given().post("/api/admin/backups").then().statusCode(401);
        given().auth().preemptive().basic(TestUsers.ANALYST, TestUsers.ANALYST_PASSWORD).post("/api/admin/backups")
                .then().statusCode(403);
        String name = admin().post("/api/admin/backups").then().statusCode(201).extract().path("name");
        assertTrue(BackupFiles.NAME.matcher(name).matches(), name);
        JsonNode backup = read(name);
        assertEquals("stanceline-dataset", backup.get("format").asText());
        assertTrue(backup.get("statements").size() > 0 && backup.get("audit").isArray());
        try (Stream<Path> files = Files.list(dir())) {
            assertEquals(List.of(name), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
        admin().get("/api/admin/backups").then().statusCode(200).body("files[0].name", equalTo(name))
                .body("keep", equalTo(config.keep())).body("every", equalTo("off"));
        given().get("/api/admin/backups").then().statusCode(401);
        assertEquals("backup", admin().queryParam("size", 1).get("/api/audit").then().extract().path("items[0].action"));
        assertEquals(name, admin().queryParam("size", 1).get("/api/audit").then().extract().path("items[0].entityId"));
    }

    @Test
    void shouldKeepOnlyTheNewestBackupsAndRemoveLeftoverTemporaries() throws Exception {
        Path leftover = dir().resolve(".stanceline-20200101T000000000Z.json.gz.tmp");
        Files.writeString(leftover, "half a backup");
        String first = backups.backupNow("admin").name();
        assertFalse(Files.exists(leftover), "a crashed run's temporary file is removed");
        for (int i = 0; i < config.keep() + 2; i++) {
            backups.backupNow("admin");
        }
        List<BackupFile> files = backups.list().files();
        assertEquals(config.keep(), files.size());
        assertTrue(files.stream().noneMatch(f -> f.name().equals(first)), "the oldest went first");
        for (int i = 1; i < files.size(); i++) {
            assertTrue(files.get(i - 1).name().compareTo(files.get(i).name()) > 0, "newest first");
        }
    }

    @Test
    void shouldSkipAScheduledRunRightAfterABackupButNotAnAdminsRequest() {
        Optional<BackupFile> first = backups.scheduled();
        assertTrue(first.isPresent());
        assertTrue(backups.scheduled().isEmpty(), "a slot already filled (by this or another instance) is skipped");
        assertTrue(backups.backupNow("admin").name().compareTo(first.get().name()) > 0);
    }

    @Test
    void shouldLetOnlyOneWriterHoldTheLock() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // Another instance: holds the lock row, as a running backup does.
            Future<?> holder = other.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("select id from backup_lock where id = 1 for update").getResultList();
                locked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            locked.await();
            assertTrue(backups.scheduled().isEmpty(), "the scheduled run skips");
            admin().post("/api/admin/backups").then().statusCode(409)
                    .contentType(TestUsers.PROBLEM_JSON);
            release.countDown();
            holder.get();
            assertTrue(backups.scheduled().isPresent(), "and runs once the lock is free");
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }

    @Test
    void shouldReadTheIntervalsTheScheduleAccepts() {
        assertEquals(null, BackupService.interval("off"));
        assertEquals(java.time.Duration.ofHours(6), BackupService.interval("6h"));
        assertEquals(java.time.Duration.ofMinutes(30), BackupService.interval("30m"));
        assertEquals(java.time.Duration.ofDays(1), BackupService.interval("1d"));
        assertEquals(java.time.Duration.ofSeconds(90), BackupService.interval("90"));
    }
}
