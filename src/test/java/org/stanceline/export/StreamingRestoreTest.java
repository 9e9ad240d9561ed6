package org.stanceline.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stanceline.TestUsers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/**
 * The streaming restore over HTTP into a really empty database, with the profile's small limits
 * (4 MB as sent, 8 MB of JSON): every refused body leaves the database empty, with real commits.
 */
@QuarkusTest
@TestProfile(EmptyDatabaseProfile.class)
public class StreamingRestoreTest {

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    DatasetService datasets;

    @Inject
    DatasetRestore restore;

    @Inject
    RestoreMarker marker;

    @BeforeEach
    @AfterEach
    void wipe() {
        QuarkusTransaction.requiringNew().run(() -> {
            DatasetBackupTest.WIPE_ORDER.forEach(t -> em.createNativeQuery("delete from " + t).executeUpdate());
            em.createNativeQuery("delete from restore_marker").executeUpdate();
        });
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    private void assertEmpty() {
        assertTrue(datasets.counts().values().stream().allMatch(n -> n == 0), "nothing written: " + datasets.counts());
    }

    private byte[] backup() throws IOException {
        return json.writeValueAsBytes(DatasetRestoreIntoEmptyDatabaseTest.dataset());
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    @Test
    void shouldRestoreGzipGivenAsContentTypeOrAsContentEncodingAndExportItGzipped() throws Exception {
        byte[] backup = backup();
        admin().contentType("application/gzip").body(gzip(backup)).post("/api/import/dataset")
                .then().statusCode(200).body("statements", equalTo(2)).body("events", equalTo(1));
        byte[] exported = admin().get("/api/export/dataset.json.gz").then().statusCode(200)
                .contentType("application/gzip").extract().asByteArray();
        assertEquals(json.readTree(backup), DatasetRestoreIntoEmptyDatabaseTest.withoutRestoreEntry(json,
                new String(gunzip(exported), StandardCharsets.UTF_8)));

        wipe();
        admin().contentType("application/json").header("Content-Encoding", "gzip").body(gzip(backup))
                .post("/api/import/dataset").then().statusCode(200).body("statements", equalTo(2));
        assertEquals(json.readTree(backup), DatasetRestoreIntoEmptyDatabaseTest.withoutRestoreEntry(json,
                admin().get("/api/export/dataset.json").then().statusCode(200).extract().asString()));
    }

    @Test
    void shouldRefuseABodyThatClaimsGzipButIsNot() throws Exception {
        admin().contentType("application/gzip").body(backup()).post("/api/import/dataset")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("detail", containsString("not valid gzip"));
        assertEmpty();
    }

    @Test
    void shouldRefuseATruncatedBodyGzippedOrNot() throws Exception {
        byte[] gz = gzip(backup());
        admin().contentType("application/gzip").body(Arrays.copyOf(gz, gz.length * 2 / 3))
                .post("/api/import/dataset").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("truncated"));
        byte[] plain = backup();
        admin().contentType("application/json").body(Arrays.copyOf(plain, plain.length * 2 / 3))
                .post("/api/import/dataset").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("truncated"));
        assertEmpty();
    }

    @Test
    void shouldRefuseABodyThatExpandsPastTheJsonLimit() throws Exception {
        // 9 MB of JSON, most of it spaces after the first topic: a few kB gzip'd, past the 8 MB limit.
        String plain = new String(backup(), StandardCharsets.UTF_8);
        int cut = plain.indexOf("],\"actors\"");
        byte[] padded = (plain.substring(0, cut) + " ".repeat(9 * 1024 * 1024) + plain.substring(cut))
                .getBytes(StandardCharsets.UTF_8);
        admin().contentType("application/gzip").body(gzip(padded)).post("/api/import/dataset")
                .then().statusCode(413).contentType(PROBLEM_JSON)
                .body("detail", containsString("stanceline.restore.max-json-size"));
        assertEmpty();
    }

    @Test
    void shouldRefuseABodyLargerThanTheBodyLimitBeforeReadingIt() {
        admin().contentType("application/json").body(new byte[5 * 1024 * 1024]).post("/api/import/dataset")
                .then().statusCode(413).contentType(PROBLEM_JSON)
                .body("detail", containsString("stanceline.restore.max-body-size"));
        assertEmpty();
    }

    @Test
    void shouldRefuseABrokenRecordNamingItAndWriteNothing() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(backup());
        ((ObjectNode) doc.withArray("statements").get(1)).put("stance", 7);
        admin().contentType("application/json").body(json.writeValueAsBytes(doc)).post("/api/import/dataset")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("detail", equalTo("statements[1]: field 'stance' must be -2..2; got 7"));
        ((ObjectNode) doc.withArray("statements").get(1)).put("stance", 1).put("mood", "x");
        admin().contentType("application/json").body(json.writeValueAsBytes(doc)).post("/api/import/dataset")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("detail", containsString("statements[1]: field 'mood'"));
        assertEmpty();
    }

    @Test
    void shouldRefuseARecordWhoseDateIsOutOfRangeOrNotAnIsoStringNamingIt() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(backup());
        ((ObjectNode) doc.withArray("statements").get(1)).put("saidOn", "+999999999-12-31");
        admin().contentType("application/json").body(json.writeValueAsBytes(doc)).post("/api/import/dataset")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("detail", containsString("statements[1]: field 'saidOn'"))
                .body("detail", containsString("1900-01-01 to 2100-12-31"));
        ((ObjectNode) doc.withArray("statements").get(1)).put("saidOn", 20251211);
        admin().contentType("application/json").body(json.writeValueAsBytes(doc)).post("/api/import/dataset")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("detail", containsString("statements[1]: field 'saidOn'"));
        ((ObjectNode) doc.withArray("statements").get(1)).put("saidOn", "2025-03-01");
        ((ObjectNode) doc.withArray("events").get(0)).put("date", "1899-12-31");
        admin().contentType("application/json").body(json.writeValueAsBytes(doc)).post("/api/import/dataset")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("detail", containsString("events[0]: field 'date'"));
        assertEmpty();
    }

    @Test
    void shouldRefuseListsOutOfTheOrderARestoreNeeds() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(backup());
        ObjectNode reordered = json.createObjectNode();
        for (String field : new String[] {"format", "version", "topics", "actors", "speakers", "statements",
                "sources", "events"}) {
            reordered.set(field, doc.get(field));
        }
        admin().contentType("application/json").body(json.writeValueAsBytes(reordered)).post("/api/import/dataset")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("detail", containsString("statements[0] (key 's-1'): field 'source' refers to"));
        reordered.remove("statements");
        reordered.set("statements", doc.get("statements"));
        admin().contentType("application/json").body(json.writeValueAsBytes(reordered)).post("/api/import/dataset")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("detail", containsString("Field 'statements' comes after 'events'"));
        assertEmpty();
    }

    @Test
    void shouldLeaveTheDatabaseAsItWasWhenTheClientHangsUpMidBody() throws Exception {
        byte[] body = GeneratedBackup.file(2000);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            out.write(("POST /api/import/dataset HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: application/gzip\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length * 3 / 4);
            out.flush();
            awaitRestore(true);
        }
        awaitRestore(false);
        assertEmpty();
        // Nothing half-restored is left behind: the same backup, sent whole, restores.
        admin().contentType("application/gzip").body(body).post("/api/import/dataset")
                .then().statusCode(200).body("statements", equalTo(2000));
    }

    @Test
    void shouldUndoARestoreInterruptedByACrashAtStartUp() throws Exception {
        admin().contentType("application/gzip").body(GeneratedBackup.file(2000)).post("/api/import/dataset")
                .then().statusCode(200);
        // What a kill -9 leaves: committed chunks and the marker (its last transaction never ran).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into restore_marker "
                + "(id, started_at, started_by) values (1, current_timestamp, 'admin')").executeUpdate());
        admin().contentType("application/gzip").body(GeneratedBackup.file(2000)).post("/api/import/dataset")
                .then().statusCode(409).contentType(PROBLEM_JSON).body("detail", containsString("Another restore"));
        marker.onStart(null);
        assertEmpty();
        assertEquals(0L, ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from restore_marker").getSingleResult())).longValue(), "the marker is gone");
        assertEquals(0L, wordIndexRows(), "the text index the restore committed is undone too");
    }

    /** Rows of H2's word table (PostgreSQL keeps its index in a generated column: 0 there). */
    private long wordIndexRows() {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean h2 = ((Number) em.createNativeQuery("select count(*) from information_schema.tables "
                    + "where lower(table_name) = 'statement_word'").getSingleResult()).longValue() > 0;
            return h2 ? ((Number) em.createNativeQuery("select count(*) from statement_word").getSingleResult())
                    .longValue() : 0L;
        });
    }

    @Test
    void shouldFindARestoredStatementByAWordOfItsQuote() throws Exception {
        admin().contentType("application/gzip").body(GeneratedBackup.file(2000)).post("/api/import/dataset")
                .then().statusCode(200).body("statements", equalTo(2000));
        var first = admin().queryParam("size", 1).get("/api/statements").then().statusCode(200).extract().jsonPath();
        long id = first.getLong("items[0].id");
        String word = java.util.Arrays.stream(first.getString("items[0].quote").toLowerCase().split("[^\\p{L}\\p{N}]+"))
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        java.util.List<Long> found = admin().queryParam("q", word).queryParam("size", 100)
                .queryParam("from", first.getString("items[0].saidOn")).queryParam("to", first.getString("items[0].saidOn"))
                .get("/api/statements")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertTrue(found.contains(id), "statement " + id + " is found by '" + word + "' in " + found);
    }

    /** Waits (bounded) until a restore is, or is no longer, running: no timing is asserted. */
    private void awaitRestore(boolean running) throws InterruptedException {
        for (int i = 0; i < 200 && restore.running() != running; i++) {
            Thread.sleep(50);
        }
        assertEquals(running, restore.running(), running ? "the restore started" : "the restore ended");
    }

    @Test
    void shouldRestoreABackupWrittenBeforeTheAuditExisted() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(backup());
        doc.remove("audit");
        admin().contentType("application/json").body(json.writeValueAsBytes(doc)).post("/api/import/dataset")
                .then().statusCode(200).body("statements", equalTo(2)).body("audit", equalTo(0));
        admin().queryParam("action", "restore").get("/api/audit").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].user", equalTo(TestUsers.ADMIN))
                .body("items[0].summary", containsString("2 statements"));
    }

    @Test
    void shouldWriteNoAuditEntryOfAFailedRestore() throws Exception {
        byte[] body = (new String(backup(), StandardCharsets.UTF_8) + " trailing").getBytes(StandardCharsets.UTF_8);
        admin().contentType("application/json").body(body).post("/api/import/dataset").then().statusCode(400);
        assertEmpty();
        assertEquals(0, ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from audit_entry").getSingleResult())).intValue(), "the backup's audit is undone too");
    }

    @Test
    void shouldRestoreAGeneratedBackupAndExportItSoThatItRestoresToTheSameExport() throws Exception {
        admin().contentType("application/gzip").body(GeneratedBackup.file(2000)).post("/api/import/dataset")
                .then().statusCode(200).body("statements", equalTo(2000)).body("actors", equalTo(50))
                .body("topics", equalTo(10));
        byte[] first = admin().get("/api/export/dataset.json.gz").then().statusCode(200).extract().asByteArray();
        wipe();
        admin().contentType("application/gzip").body(first).post("/api/import/dataset")
                .then().statusCode(200).body("statements", equalTo(2000));
        byte[] second = admin().get("/api/export/dataset.json.gz").then().statusCode(200).extract().asByteArray();
        // Identical but for the second restore's own audit entry (the first restore's entry was backed up).
        assertEquals(json.readTree(gunzip(first)), DatasetRestoreIntoEmptyDatabaseTest.withoutRestoreEntry(json,
                new String(gunzip(second), StandardCharsets.UTF_8)), "export → restore → export is identical");
        assertFalse(restore.running());
    }
}
