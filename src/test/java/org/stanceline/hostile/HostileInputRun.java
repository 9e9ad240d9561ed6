package org.stanceline.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the hostile cases against one running app and tallies the answers by status class. */
final class HostileInputRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String host;
    private final int port;
    private final HostileInputCases.Fixture fixture;
    private final Map<String, AtomicInteger> byClass = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> byCategory = new ConcurrentHashMap<>();

    HostileInputRun(String host, int port, String analyst, String analystPassword, String admin, String adminPassword) {
        this.host = host;
        this.port = port;
        long source = api().get("/api/sources").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        long statement = api().queryParam("status", "any").get("/api/statements").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        this.fixture = new HostileInputCases.Fixture(source, statement, analyst, analystPassword, admin, adminPassword);
    }

    Stream<DynamicTest> tests() {
        List<HostileCase> cases = HostileInputCases.all(fixture);
        assertTrue(cases.size() >= 250, "at least 250 hostile cases, got " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> run(c)));
    }

    void run(HostileCase c) throws IOException {
        String before = c.write() ? snapshot() : null;
        RawHttp.Answer answer = RawHttp.send(host, port, c.request());
        String statusClass = answer.status() == 0 ? "closed without an answer" : answer.status() / 100 + "xx";
        byClass.computeIfAbsent(statusClass, k -> new AtomicInteger()).incrementAndGet();
        byCategory.computeIfAbsent(c.category() + " " + (answer.status() == 0 ? "closed" : answer.status()),
                k -> new AtomicInteger()).incrementAndGet();
        String seen = " for " + c + "; got " + answer.status() + " " + answer.header("content-type") + " "
                + abbreviate(answer.body());
        if (c.transport()) {
            assertTrue(answer.status() == 0 || (answer.status() >= 400 && answer.status() < 500), "a 4xx or a closed connection" + seen);
        } else {
            if (c.status() == 0) {
                assertTrue(answer.status() >= 400 && answer.status() < 500, "a 4xx" + seen);
            } else {
                assertEquals(c.status(), answer.status(), "status" + seen);
            }
            assertNotNull(answer.header("content-type"), "a Content-Type" + seen);
            assertTrue(answer.header("content-type").startsWith("application/problem+json"), "problem+json" + seen);
            JsonNode problem = JSON.readTree(answer.body());
            assertEquals(answer.status(), problem.path("status").asInt(), "status in the body" + seen);
            String detail = problem.path("detail").asText("");
            assertTrue(detail.toLowerCase().contains(c.mustName().toLowerCase()), "a detail naming " + c.mustName() + seen);
            assertTrue(!detail.matches("HTTP \\d{3} .*"), "a specific detail" + seen);
        }
        if (c.write()) {
            assertEquals(before, snapshot(), "nothing written" + seen);
        }
    }

    /**
     * What a write could change, in one request: the statements' total and the list's ETag, which carries the
     * data version that every write (sources, statements, revisions) bumps.
     */
    private String snapshot() {
        var r = api().queryParam("status", "any").queryParam("size", "1").get("/api/statements").then().statusCode(200)
                .extract();
        return "statements=" + r.jsonPath().getString("total") + " etag=" + r.header("ETag");
    }

    private RequestSpecification api() {
        return RestAssured.given().baseUri("http://" + host).port(port);
    }

    /** The summary the note quotes: answers by status class, then by case class and status. */
    String summary(String label) {
        int total = byClass.values().stream().mapToInt(AtomicInteger::get).sum();
        String classes = new TreeMap<>(byClass).entrySet().stream().map(e -> "  " + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        String categories = new TreeMap<>(byCategory).entrySet().stream()
                .map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
        return "Hostile input (" + label + "): " + total + " cases\nby status class:\n" + classes
                + "\nby case class and status:\n" + categories + "\n";
    }

    void printSummary(String label) throws IOException {
        String summary = summary(label);
        System.out.println(summary);
        Path out = Path.of("target", "hostile-input-" + label + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, summary);
    }

    private static String abbreviate(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "…";
    }
}
