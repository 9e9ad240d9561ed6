package org.stanceline.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.stanceline.TestUsers;
import org.stanceline.source.ContentHash;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/** Restore over HTTP into a really empty database, then the same backup must come back out. */
@QuarkusTest
@TestProfile(EmptyDatabaseProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatasetRestoreIntoEmptyDatabaseTest {

    static final String TEXT = "The minister said: \"We will never accept foreign troops.\" Later she added: "
            + "\"=SUM(A1) is not a policy.\"";
    static final String QUOTE_1 = "We will never accept foreign troops.";
    static final String QUOTE_2 = "=SUM(A1) is not a policy.";

    @Inject
    ObjectMapper json;

    static Dataset dataset() {
        String hash = ContentHash.of(TEXT);
        Instant created = Instant.parse("2025-03-02T09:30:00.123456Z");
        return new Dataset(Dataset.FORMAT, Dataset.VERSION,
                List.of(new Dataset.TopicRecord("bases", "Should foreign bases be allowed?", null,
                        Map.of("-2", "threatens", "-1", "opposes", "0", "conditional", "1", "open to", "2", "commits"),
                        1)),
                List.of(new Dataset.ActorRecord("ruritania", "Ruritania", "Ruritania", "#D55E00", 1)),
                List.of(new Dataset.SpeakerRecord("minister", "A. Minister", "Foreign Minister", "ruritania",
                        LocalDate.parse("2024-01-01"), null, List.of("Minister"), List.of("foreign minister"))),
                List.of(new Dataset.SourceRecord(hash, "article-1", "Minister on bases", "Gazette",
                        "https://example.org/a", LocalDate.parse("2025-03-01"), "day", false, null, "en", TEXT,
                        created, "corpus")),
                List.of(new Dataset.StatementRecord("s-1", hash, "minister", "ruritania", "bases",
                                LocalDate.parse("2025-03-01"), "day", null, QUOTE_1, true, TEXT.indexOf(QUOTE_1),
                                TEXT.indexOf(QUOTE_1) + QUOTE_1.length(), -1, 1, List.of("never accept"), 0.9,
                                "confirmed", "analyst", null, created, Instant.parse("2025-03-03T08:00:00Z"),
                                List.of(new Dataset.RevisionRecord(1, "confirmed", "analyst",
                                        Instant.parse("2025-03-03T08:00:00Z"), "{\"status\":\"proposed\"}",
                                        "{\"status\":\"confirmed\"}"))),
                        new Dataset.StatementRecord(null, hash, "minister", "ruritania", "bases",
                                LocalDate.parse("2025-03-01"), "day", null, QUOTE_2, true, TEXT.indexOf(QUOTE_2),
                                TEXT.indexOf(QUOTE_2) + QUOTE_2.length(), 0, 0, List.of(), 0.4, "proposed",
                                "pipeline", "check", created, created, List.of())),
                List.of(new Dataset.EventRecord("summit", LocalDate.parse("2025-03-05"), null, "Summit", "summit",
                        hash, null)),
                List.of(new Dataset.AuditRecord(Instant.parse("2025-03-03T08:00:00.654321Z"), "analyst", "203.0.113.7",
                        "confirm", "statement", "17", "status: proposed → confirmed", "POST",
                        "/api/statements/17/confirm")));
    }

    /**
     * An export taken after a restore, without the restore's own audit entry (the newest, so the last): what
     * must equal the backup restored.
     */
    static com.fasterxml.jackson.databind.JsonNode withoutRestoreEntry(ObjectMapper json, String exported)
            throws java.io.IOException {
        com.fasterxml.jackson.databind.node.ObjectNode doc =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(exported);
        com.fasterxml.jackson.databind.node.ArrayNode audit = doc.withArray("audit");
        assertEquals("restore", audit.get(audit.size() - 1).get("action").asText(), "the restore is audited: " + audit);
        audit.remove(audit.size() - 1);
        return doc;
    }

    @Test
    @Order(1)
    void shouldRestoreIntoTheEmptyDatabaseAndExportTheSameDocument() throws Exception {
        String backup = json.writeValueAsString(dataset());
        given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                .contentType("application/json").body(backup).post("/api/import/dataset")
                .then().statusCode(200).body("statements", equalTo(2)).body("sources", equalTo(1));
        String exported = given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                .get("/api/export/dataset.json").then().statusCode(200).extract().asString();
        assertEquals(json.readTree(backup), withoutRestoreEntry(json, exported));
    }

    @Test
    @Order(2)
    void shouldRefuseASecondRestore() throws Exception {
        given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                .contentType("application/json").body(json.writeValueAsString(dataset()))
                .post("/api/import/dataset").then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    @Order(3)
    void shouldEnforceTheExportRowLimit() {
        given().queryParam("topic", "bases").queryParam("status", "any").get("/api/export/statements.csv")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("stanceline.exports.max-rows")).body("maxRows", equalTo(1));
        given().queryParam("topic", "bases").get("/api/export/statements.csv").then().statusCode(200);
    }
}
