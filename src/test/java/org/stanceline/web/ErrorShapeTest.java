package org.stanceline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;
import static org.stanceline.TestUsers.PROBLEM_JSON;

/**
 * Domain exceptions and Bean Validation violations become the problem+json bodies the API has always
 * answered: the same status, title and members, mapped in one place.
 */
@QuarkusTest
class ErrorShapeTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldNameEachViolatedFieldOfAValidatedBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceId", 1);
        body.put("speaker", "lavrov");
        body.put("topic", "troops");
        body.put("saidOn", "2025-02-03");
        body.put("quote", "x");
        body.put("verbatim", true);
        body.put("span", Map.of("start", -1, "end", 3));
        body.put("stance", 7);
        body.put("intensity", 1);
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON).body(body)
                .post("/api/statements").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("about:blank")).body("title", equalTo("Invalid request"))
                .body("status", equalTo(400)).body("instance", equalTo("/api/statements"))
                .body("violations.field", equalTo(List.of("span.start", "stance")))
                .body("detail", equalTo("Field 'span.start' must be greater than or equal to 0; "
                        + "Field 'stance' must be less than or equal to 2"));
    }

    @Test
    void shouldAnswerAnEmptyBodyAsABadRequest() {
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON).body("null")
                .put("/api/statements/1").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("title", equalTo("Bad request")).body("detail", equalTo("The request body is empty"));
    }

    @Test
    void shouldMapNotFoundAndDuplicateWithTheirMembers() {
        given().get("/api/statements/987654321").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("title", equalTo("Not found")).body("detail", equalTo("Unknown statement 987654321"));
        String text = "Error shape duplicate " + System.nanoTime() + ". Nothing more is said.";
        long id = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "First", "text", text)).post("/api/sources").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "Again", "text", text)).post("/api/sources").then().statusCode(409)
                .contentType(PROBLEM_JSON).body("title", equalTo("Conflict"))
                .body("existingId", equalTo((int) id)).body("existingTitle", equalTo("First"))
                .body("detail", startsWith("The same text is already stored as source " + id));
    }

    @Test
    void shouldNameTheFieldOfAnUnprocessableWebhookTarget() {
        given().auth().preemptive().basic("admin", "test-admin-secret").contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://example.org/hook", "secret", "a-long-enough-webhook-secret-0123456789", "topic", "troops"))
                .post("/api/webhooks").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("title", equalTo("Unprocessable content")).body("field", equalTo("url"));
    }

    @Test
    void shouldRefuseAnOversizedBodyBeforeReadingItWithTheSameProblemShape() throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/sources HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 999999999999\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder read = new StringBuilder();
            byte[] buffer = new byte[8192];
            for (int n; !read.toString().endsWith("}") && (n = in.read(buffer)) > 0; ) {
                read.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            String answer = read.toString();
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: " + PROBLEM_JSON), answer);
            JsonNode problem = new ObjectMapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertEquals("about:blank", problem.get("type").asText());
            assertEquals("Content too large", problem.get("title").asText());
            assertEquals(413, problem.get("status").asInt());
            assertEquals("/api/sources", problem.get("instance").asText());
            assertTrue(problem.get("detail").asText().startsWith("The request body has 999999999999 bytes; the limit is "),
                    problem.toString());
        }
    }
}
