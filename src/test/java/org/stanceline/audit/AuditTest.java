package org.stanceline.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.stanceline.TestData;
import org.stanceline.TestUsers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/** Every write under /api leaves one audit entry naming who, from where, what; GET /api/audit lists them. */
@QuarkusTest
public class AuditTest {

    private static RequestSpecification analyst() {
        return given().auth().preemptive().basic(TestUsers.ANALYST, TestUsers.ANALYST_PASSWORD);
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    /** The newest entry. */
    private static Map<String, Object> newest() {
        return admin().queryParam("size", 1).get("/api/audit").then().statusCode(200).extract().jsonPath()
                .getMap("items[0]");
    }

    private static void assertNewest(String user, String action, String entity, Object id, String method,
                                     String path) {
        Map<String, Object> e = newest();
        assertEquals(user, e.get("user"), e.toString());
        assertEquals(action, e.get("action"), e.toString());
        assertEquals(entity, e.get("entity"), e.toString());
        if (id != null) {
            assertEquals(id.toString(), e.get("entityId"), e.toString());
        }
        assertEquals(method, e.get("method"), e.toString());
        assertEquals(path, e.get("path"), e.toString());
        assertEquals("127.0.0.1", e.get("address"), e.toString());
        assertNotNull(e.get("at"));
        assertTrue(((String) e.get("summary")).length() <= AuditLog.SUMMARY_LENGTH);
    }

    private static String unique(String text) {
        return text + " [" + System.nanoTime() + "]";
    }

    private static final String ARTICLE = "Foreign Minister Sergei Lavrov said on Monday: \"We will never accept "
            + "foreign troops in Ukraine.\" The statement came after talks.";

    @Test
    void shouldRecordEverySourceWriteWithWhoWhereAndWhat() {
        long json = analyst().contentType(ContentType.JSON)
                .body(Map.of("title", "Audit json", "text", unique(ARTICLE))).post("/api/sources")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertNewest(TestUsers.ANALYST, "create", "source", json, "POST", "/api/sources");
        assertTrue(((String) newest().get("summary")).startsWith("\"Audit json\""), newest().toString());

        long text = analyst().contentType("text/plain; charset=utf-8").body(unique("Audit text\n\n" + ARTICLE))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        assertNewest(TestUsers.ANALYST, "create", "source", text, "POST", "/api/sources");

        long html = analyst().contentType("text/html; charset=utf-8")
                .body("<html><head><title>Audit html</title></head><body><p>" + unique(ARTICLE) + "</p></body></html>")
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        assertNewest(TestUsers.ANALYST, "create", "source", html, "POST", "/api/sources");

        long markdown = analyst().contentType("text/markdown; charset=utf-8").body("# Audit md\n\n" + unique(ARTICLE))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        assertNewest(TestUsers.ANALYST, "create", "source", markdown, "POST", "/api/sources");

        long upload = analyst().multiPart("file", "audit.txt", unique(ARTICLE).getBytes(StandardCharsets.UTF_8),
                "text/plain").post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        assertNewest(TestUsers.ANALYST, "create", "source", upload, "POST", "/api/sources");

        JsonPath bulk = admin().multiPart("files", "a.txt", unique(ARTICLE).getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "b.txt", unique(ARTICLE).getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/sources/bulk").then().statusCode(200).extract().jsonPath();
        // A bulk upload commits each file on its own, so each gets its entry in its own transaction.
        List<Map<String, Object>> last2 = admin().queryParam("size", 2).get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertEquals(Set.of(bulk.getString("results[0].id"), bulk.getString("results[1].id")),
                Set.of(last2.get(0).get("entityId"), last2.get(1).get("entityId")));
        assertTrue(last2.stream().allMatch(e -> e.get("user").equals(TestUsers.ADMIN)
                && e.get("path").equals("/api/sources/bulk")));

        analyst().post("/api/sources/" + json + "/propose").then().statusCode(200);
        assertNewest(TestUsers.ANALYST, "propose", "source", json, "POST", "/api/sources/" + json + "/propose");
    }

    @Test
    void shouldRecordStatementWritesWithWhatChanged() {
        String text = unique("Minister Example said: \"We are ready to help.\" Nothing more.");
        long source = analyst().contentType(ContentType.JSON).body(Map.of("title", "Audit statements", "text", text))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        int start = text.indexOf("We are ready");
        String quote = "We are ready to help.";
        long id = analyst().contentType(ContentType.JSON).body(Map.ofEntries(Map.entry("sourceId", source),
                        Map.entry("speaker", "lavrov"), Map.entry("topic", TestData.ensureTopic(TestData.SCRATCH_TOPIC)),
                        Map.entry("saidOn", "2025-02-03"), Map.entry("quote", quote), Map.entry("verbatim", true),
                        Map.entry("span", Map.of("start", start, "end", start + quote.length())),
                        Map.entry("stance", -1), Map.entry("intensity", 1), Map.entry("status", "proposed")))
                .post("/api/statements").then().statusCode(201).extract().jsonPath().getLong("id");
        assertNewest(TestUsers.ANALYST, "create", "statement", id, "POST", "/api/statements");

        analyst().contentType(ContentType.JSON).body(Map.of("stance", 1, "note", "re-read"))
                .put("/api/statements/" + id).then().statusCode(200);
        assertNewest(TestUsers.ANALYST, "update", "statement", id, "PUT", "/api/statements/" + id);
        String summary = (String) newest().get("summary");
        assertTrue(summary.contains("stance: -1 → 1") && summary.contains("note: null → re-read"), summary);

        admin().post("/api/statements/" + id + "/confirm").then().statusCode(200);
        assertNewest(TestUsers.ADMIN, "confirm", "statement", id, "POST", "/api/statements/" + id + "/confirm");
        assertEquals("status: proposed → confirmed", newest().get("summary"));

        analyst().post("/api/statements/" + id + "/reject").then().statusCode(200);
        assertNewest(TestUsers.ANALYST, "reject", "statement", id, "POST", "/api/statements/" + id + "/reject");
    }

    @Test
    void shouldRecordARollupRebuildAndNothingForRefusedWrites() {
        admin().post("/api/admin/rollups/rebuild").then().statusCode(200);
        assertNewest(TestUsers.ADMIN, "rebuild", "rollups", null, "POST", "/api/admin/rollups/rebuild");
        Object before = newest().get("id");
        String text = unique(ARTICLE);
        analyst().contentType(ContentType.JSON).body(Map.of("title", "Twice", "text", text)).post("/api/sources")
                .then().statusCode(201);
        Object created = newest().get("id");
        analyst().contentType(ContentType.JSON).body(Map.of("title", "Twice", "text", text)).post("/api/sources")
                .then().statusCode(409);
        analyst().post("/api/statements/999999999/confirm").then().statusCode(404);
        given().post("/api/admin/rollups/rebuild").then().statusCode(401);
        assertEquals(created, newest().get("id"), "a refused write leaves no entry");
        assertTrue(!created.equals(before));
    }

    @Test
    void shouldListNewestFirstWithFiltersAndKeysetPages() {
        for (int i = 0; i < 3; i++) {
            admin().contentType(ContentType.JSON).body(Map.of("title", "Paging " + i, "text", unique(ARTICLE)))
                    .post("/api/sources").then().statusCode(201);
        }
        List<Map<String, Object>> all = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            RequestSpecification r = admin().queryParam("size", 2).queryParam("user", TestUsers.ADMIN)
                    .queryParam("entity", "source").queryParam("action", "create");
            if (next != null) {
                r.queryParam("after", next);
            }
            JsonPath page = r.get("/api/audit").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            next = page.getString("next");
            pages++;
        } while (next != null && pages < 1000);
        assertTrue(all.size() >= 3, "the three entries: " + all.size());
        assertTrue(all.stream().allMatch(e -> e.get("user").equals(TestUsers.ADMIN) && e.get("entity").equals("source")
                && e.get("action").equals("create")));
        Set<Object> ids = new HashSet<>();
        all.forEach(e -> assertTrue(ids.add(e.get("id")), "no entry on two pages: " + e));
        for (int i = 1; i < all.size(); i++) {
            String a = (String) all.get(i - 1).get("at");
            String b = (String) all.get(i).get("at");
            assertTrue(java.time.Instant.parse(a).compareTo(java.time.Instant.parse(b)) >= 0, "newest first: " + a + ", " + b);
        }
        assertEquals("Paging 2", ((String) all.get(0).get("summary")).substring(1, 9));

        String at = (String) all.get(0).get("at");
        assertEquals(all.get(0).get("id"), admin().queryParam("from", at).queryParam("to", at).queryParam("user", "admin")
                .queryParam("entity", "source").get("/api/audit").then().statusCode(200).extract().path("items[0].id"));
        String today = at.substring(0, 10);
        admin().queryParam("from", today).queryParam("to", today).get("/api/audit").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
        admin().queryParam("to", "2000-01-01").get("/api/audit").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void shouldServeAdminsOnlyAndRefuseBadParametersNamingThem() {
        given().get("/api/audit").then().statusCode(401);
        analyst().get("/api/audit").then().statusCode(403);
        admin().queryParam("size", 0).get("/api/audit").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("'size'"));
        admin().queryParam("size", 501).get("/api/audit").then().statusCode(400).body("detail", containsString("'size'"));
        admin().queryParam("from", "yesterday").get("/api/audit").then().statusCode(400)
                .body("detail", containsString("'from'"));
        admin().queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/audit").then()
                .statusCode(400).body("detail", containsString("'from'"));
        admin().queryParam("after", "not-a-cursor").get("/api/audit").then().statusCode(400)
                .body("detail", containsString("'after'"));
    }

    @Test
    void shouldTakeTheForwardedAddressOnlyWhenTheProxyIsTrusted() {
        assertEquals("10.0.0.9", AuditRequestFilter.clientAddress("1.2.3.4", "10.0.0.9", false));
        // The last hop is what our proxy appended; a client's own header comes before it.
        assertEquals("198.51.100.4", AuditRequestFilter.clientAddress("6.6.6.6, 198.51.100.4", "10.0.0.9", true));
        assertEquals("10.0.0.9", AuditRequestFilter.clientAddress(" ", "10.0.0.9", true));
        assertEquals("10.0.0.9", AuditRequestFilter.clientAddress(null, "10.0.0.9", true));
        analyst().header("X-Forwarded-For", "6.6.6.6").contentType(ContentType.JSON)
                .body(Map.of("title", "Forwarded", "text", unique(ARTICLE))).post("/api/sources").then().statusCode(201);
        assertEquals("127.0.0.1", newest().get("address"), "not trusted by default");
    }
}
