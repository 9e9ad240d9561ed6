package org.stanceline.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stanceline.PackagedApp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A delivery survives {@code kill -9} between the confirmation and the send: the packaged app runs first with
 * sending off, a Paris statement that changes its position is confirmed, the process is killed, and after a
 * restart with sending on the signed delivery reaches the receiver exactly once.
 */
class WebhookRestartIT {

    private static final String ADMIN_PASSWORD = "restart-admin-secret";
    private static final String ANALYST_PASSWORD = "restart-analyst-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    @Test
    void shouldDeliverAfterACrashBetweenConfirmAndSend() throws Exception {
        Path db = temp.resolve("db/stanceline");
        String secret = WebhookDeliveryTest.secret(42);
        try (Receiver receiver = new Receiver()) {
            long confirmed;
            long subscription;
            PackagedApp first = PackagedApp.start(db, temp.resolve("first.log"), properties("false"));
            try {
                subscription = JSON.readTree(send(first, "admin", ADMIN_PASSWORD, "POST", "/api/webhooks",
                        Map.of("url", receiver.url("/restart"), "secret", secret, "topic", "troops",
                                "actors", List.of("paris"), "kinds", List.of("shift")), 201)).get("id").asLong();
                confirmed = confirmParisShift(first);
                Thread.sleep(1500);
                assertTrue(receiver.at("/restart").isEmpty(), "this instance does not send");
            } finally {
                first.crash();
            }

            try (PackagedApp second = PackagedApp.start(db, temp.resolve("second.log"), properties("true"))) {
                Receiver.await(30, () -> !receiver.at("/restart").isEmpty());
                List<Receiver.Request> got = receiver.at("/restart");
                assertEquals(1, got.size(), "the outbox row written with the confirmation was sent after the restart");
                Receiver.Request r = got.get(0);
                assertEquals("v1," + WebhookDeliveryTest.hmac(secret, r.header("webhook-id") + "."
                        + r.header("webhook-timestamp") + "." + r.body()), r.header("webhook-signature"));
                JsonNode body = JSON.readTree(r.body());
                assertEquals("stance.shift", body.get("type").asText());
                assertEquals(confirmed, body.at("/data/statement/id").asLong());
                Receiver.await(10, () -> {
                    try {
                        return JSON.readTree(send(second, "admin", ADMIN_PASSWORD, "GET", "/api/webhooks/"
                                + subscription + "/deliveries", null, 200)).at("/items/0/status").asText()
                                .equals("delivered");
                    } catch (Exception e) {
                        return false;
                    }
                });
                JsonNode log = JSON.readTree(send(second, "admin", ADMIN_PASSWORD, "GET", "/api/webhooks/"
                        + subscription + "/deliveries", null, 200));
                assertEquals("delivered", log.at("/items/0/status").asText());
                assertEquals(1, log.get("items").size());
            }
        }
    }

    /** Confirms a Paris statement on troops whose stance differs from Paris's current one; returns its id. */
    private long confirmParisShift(PackagedApp app) throws Exception {
        JsonNode position = JSON.readTree(app.get("/api/positions?topic=troops&actors=paris&at=2026-05-31"));
        int current = position.at("/positions/0/stance").asInt();
        int stance = current <= 0 ? 2 : -2;
        String quote = "France will decide alone where its soldiers go.";
        String text = "Macron said: \"" + quote + "\" (restart test)";
        long source = JSON.readTree(send(app, "analyst", ANALYST_PASSWORD, "POST", "/api/sources",
                Map.of("title", "Restart test", "outlet", "Test", "publishedOn", "2026-06-01", "text", text), 201))
                .get("id").asLong();
        int start = text.indexOf(quote);
        long id = JSON.readTree(send(app, "analyst", ANALYST_PASSWORD, "POST", "/api/statements",
                Map.ofEntries(Map.entry("sourceId", source), Map.entry("speaker", "macron"), Map.entry("topic", "troops"),
                        Map.entry("saidOn", "2026-06-01"), Map.entry("quote", quote), Map.entry("verbatim", true),
                        Map.entry("span", Map.of("start", start, "end", start + quote.length())),
                        Map.entry("stance", stance), Map.entry("intensity", 1), Map.entry("status", "proposed")), 201))
                .get("id").asLong();
        send(app, "analyst", ANALYST_PASSWORD, "POST", "/api/statements/" + id + "/confirm", null, 200);
        return id;
    }

    private static String[] properties(String send) {
        return new String[] {"-Dstanceline.admin-password=" + ADMIN_PASSWORD,
                "-Dstanceline.analyst-password=" + ANALYST_PASSWORD,
                "-Dstanceline.webhooks.send=" + send, "-Dstanceline.webhooks.poll-every=1s"};
    }

    private String send(PackagedApp app, String user, String password, String method, String path, Object body,
                        int expected) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, r.statusCode(), method + " " + path + ": " + r.body());
        return r.body();
    }
}
