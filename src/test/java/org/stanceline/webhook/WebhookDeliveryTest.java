package org.stanceline.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stanceline.TestData;
import org.stanceline.watch.WatchFixture;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ADMIN;
import static org.stanceline.TestUsers.ADMIN_PASSWORD;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/** Signed deliveries to a real receiver on loopback, sent by the outbox scheduler after a confirmation. */
@QuarkusTest
public class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Receiver receiver;

    @Inject
    WebhookSender sender;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    /**
     * Subscriptions (with their deliveries and log) are installation settings holding secrets, kept out of dataset
     * backups like accounts; removing them leaves no rows for the backup tests' check of unlisted tables.
     */
    @AfterEach
    void removeSubscriptions() {
        admin().get("/api/webhooks").jsonPath().getList("id", Long.class)
                .forEach(id -> admin().delete("/api/webhooks/" + id).then().statusCode(204));
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void shouldDeliverOneSignedMessageWhenParisShifts() throws Exception {
        String topic = TestData.ensureTopic("test-watch-hook-shift");
        String secret = secret(1);
        long subscription = subscribe(Map.of("url", receiver.url("/shift"), "secret", secret, "topic", topic,
                "actors", List.of("paris"), "kinds", List.of("shift")));
        long confirmed = WatchFixture.parisShifts(topic);

        Receiver.await(15, () -> !receiver.at("/shift").isEmpty());
        List<Receiver.Request> got = receiver.at("/shift");
        assertEquals(1, got.size(), "the first Paris statement is no shift; the confirmation is: " + got);
        Receiver.Request r = got.get(0);
        String id = r.header("webhook-id");
        String timestamp = r.header("webhook-timestamp");
        assertTrue(id.startsWith("msg_"), id);
        assertTrue(Math.abs(Long.parseLong(timestamp) - System.currentTimeMillis() / 1000) < 300, timestamp);
        assertEquals("v1," + hmac(secret, id + "." + timestamp + "." + r.body()), r.header("webhook-signature"),
                "Standard Webhooks signature over id.timestamp.body with the base64-decoded secret");
        JsonNode body = JSON.readTree(r.body());
        assertEquals("stance.shift", body.get("type").asText());
        assertEquals("paris", body.at("/data/statement/actor").asText());
        assertEquals(confirmed, body.at("/data/statement/id").asLong());
        assertEquals(WatchFixture.QUOTE_AFTER, body.at("/data/statement/quote").asText());
        assertEquals(WatchFixture.QUOTE_BEFORE, body.at("/data/shift/before/quote").asText());
        assertEquals(-2, body.at("/data/shift/stanceChange").asInt());
        assertTrue(body.at("/data/statement/permalink").asText().contains("statement=" + confirmed));

        // No duplicate: the delivered message is not due any more, however often the outbox is polled.
        for (int i = 0; i < 3; i++) {
            sender.sendDue();
        }
        assertEquals(1, receiver.at("/shift").size());
        JsonPath log = deliveries(subscription);
        assertEquals(1, log.getList("items").size());
        assertEquals("delivered", log.getString("items[0].status"));
        assertEquals(id, log.getString("items[0].messageId"));
        assertEquals(List.of(200), log.getList("items[0].log.status"));
    }

    @Test
    void shouldRetryAfterServerErrorWithTheSameMessageId() throws Exception {
        String topic = TestData.ensureTopic("test-watch-hook-retry");
        receiver.answer("/flaky", 500);
        long subscription = subscribe(Map.of("url", receiver.url("/flaky"), "secret", secret(2), "topic", topic));
        WatchFixture.paris(topic, "2026-03-02", 2, 0, "confirmed", "France commits to the force.");

        Receiver.await(15, () -> receiver.at("/flaky").size() >= 2);
        List<Receiver.Request> got = receiver.at("/flaky");
        assertEquals(2, got.size(), "one failed attempt, one retry");
        assertEquals(got.get(0).header("webhook-id"), got.get(1).header("webhook-id"));
        assertEquals(got.get(0).body(), got.get(1).body());
        JsonPath log = deliveries(subscription);
        assertEquals("delivered", log.getString("items[0].status"));
        assertEquals(List.of(500, 200), log.getList("items[0].log.status"));
        assertEquals("statement.confirmed", log.getString("items[0].type"));
    }

    @Test
    void shouldRedeliverOnRequest() throws Exception {
        String topic = TestData.ensureTopic("test-watch-hook-redeliver");
        long subscription = subscribe(Map.of("url", receiver.url("/again"), "secret", secret(3), "topic", topic));
        WatchFixture.paris(topic, "2026-03-02", 0, 0, "confirmed", "France keeps every option open.");
        Receiver.await(15, () -> receiver.at("/again").size() == 1);
        long delivery = deliveries(subscription).getLong("items[0].id");
        admin().post("/api/webhooks/" + subscription + "/deliveries/" + delivery + "/redeliver").then().statusCode(202)
                .body("status", equalTo("pending"));
        Receiver.await(15, () -> receiver.at("/again").size() == 2);
        List<Receiver.Request> got = receiver.at("/again");
        assertEquals(2, got.size());
        assertEquals(got.get(0).header("webhook-id"), got.get(1).header("webhook-id"));

        admin().delete("/api/webhooks/" + subscription).then().statusCode(204);
        admin().get("/api/webhooks/" + subscription + "/deliveries").then().statusCode(404).contentType(PROBLEM_JSON);
        assertTrue(admin().get("/api/webhooks").jsonPath().getList("id", Long.class).stream()
                .noneMatch(id -> id == subscription));
    }

    @Test
    void shouldRefuseBadSubscriptionsNamingTheField() {
        String secret = secret(4);
        int port = RestAssured.port;
        refused(Map.of("url", "ftp://example.org/hook", "secret", secret), "url", "http or https");
        refused(Map.of("url", "javascript:alert(1)", "secret", secret), "url", "http or https");
        refused(Map.of("url", "http://localhost:" + port + "/api/topics", "secret", secret), "url", "itself");
        refused(Map.of("url", "http://127.0.0.1:" + port + "/api/topics", "secret", secret), "url", "itself");
        refused(Map.of("url", "https://example.org/" + "a".repeat(2000), "secret", secret), "url", "2000");
        refused(Map.of("url", "https://example.org/hook", "secret", "not base64!"), "secret", "whsec_");
        refused(Map.of("url", "https://example.org/hook", "secret", "whsec_" + Base64.getEncoder()
                .encodeToString(new byte[8])), "secret", "24");
        refused(Map.of("url", "https://example.org/hook"), "secret", "secret");
        refused(Map.of("secret", secret), "url", "required");
        refused(Map.of("url", "https://example.org/hook", "secret", secret, "kinds", List.of("everything")), "kinds", "shift");
        refused(Map.of("url", "https://example.org/hook", "secret", secret, "minIntensity", 7), "minIntensity", "0 to 3");
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/hook", "secret", secret))
                .post("/api/webhooks").then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/hook", "secret", secret))
                .post("/api/webhooks").then().statusCode(403).contentType(PROBLEM_JSON)
                .body("detail", containsString("admin"));
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).get("/api/webhooks").then().statusCode(403);
        given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/hook", "secret", secret, "topic", "no-such-topic"))
                .post("/api/webhooks").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    /** This machine's own network address (not only loopback) at this server's port is this server too. */
    @Test
    void shouldRefuseThisMachinesOwnInterfaceAddress() throws Exception {
        java.util.Optional<java.net.InetAddress> own = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())
                .stream().flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(own.isPresent(), "no non-loopback IPv4 address on this machine");
        String host = own.get().getHostAddress();
        refused(Map.of("url", "http://" + host + ":" + RestAssured.port + "/api/topics", "secret", secret(4)), "url",
                "itself");
    }

    @Test
    void shouldListSubscriptionsWithoutTheirSecret() {
        String secret = secret(5);
        long id = subscribe(Map.of("url", "https://example.org/listed", "secret", secret, "actors", List.of("paris", "kyiv"),
                "minIntensity", 2));
        String listed = admin().get("/api/webhooks").then().statusCode(200).extract().asString();
        assertTrue(!listed.contains(secret.substring(6, 20)), "secrets are never listed");
        JsonPath json = JsonPath.from(listed);
        Map<String, Object> s = json.getMap("find { it.id == " + id + " }");
        assertEquals("https://example.org/listed", s.get("url"));
        assertEquals(List.of("paris", "kyiv"), s.get("actors"));
        assertEquals(List.of("shift", "statement"), s.get("kinds"));
        assertEquals(2, s.get("minIntensity"));
        admin().delete("/api/webhooks/" + id).then().statusCode(204);
        admin().delete("/api/webhooks/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    private static void refused(Map<String, Object> body, String field, String detail) {
        given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.JSON).body(new HashMap<>(body))
                .post("/api/webhooks").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("field", equalTo(field)).body("detail", containsString(detail));
    }

    static long subscribe(Map<String, Object> body) {
        return admin().contentType(ContentType.JSON).body(body).post("/api/webhooks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static JsonPath deliveries(long subscription) {
        return admin().get("/api/webhooks/" + subscription + "/deliveries").then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    /** A Standard Webhooks secret: whsec_ and base64 of 32 seeded random bytes. */
    static String secret(long seed) {
        byte[] key = new byte[32];
        new Random(seed).nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    /** The signature computed here, independently of the server's code. */
    static String hmac(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
