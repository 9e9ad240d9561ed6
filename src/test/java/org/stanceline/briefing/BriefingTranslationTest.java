package org.stanceline.briefing;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stanceline.TestData;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stanceline.TestUsers.ANALYST;
import static org.stanceline.TestUsers.ANALYST_PASSWORD;

/** A briefing quotes a non-English statement in its own words and gives its translation beside them. */
@QuarkusTest
class BriefingTranslationTest {

    static final String TOPIC = "test-briefing-translation";
    static final String QUOTE = "Russland wird keine europäischen Truppen in der Ukraine dulden";
    static final String TRANSLATION = "Russia will not tolerate European troops in Ukraine";
    static final String EXPECTED = "Translation (de): " + TRANSLATION;
    static final String PERIOD = "?from=2025-04-01&to=2025-04-30&actors=moscow";

    @BeforeEach
    void codeAGermanStatement() {
        TestData.ensureTopic(TOPIC);
        String text = "Der Minister sagte am Dienstag: " + QUOTE + ". Er nannte den Plan gefährlich. " + System.nanoTime();
        long source = given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD)
                .contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        int at = text.indexOf(QUOTE);
        Map<String, Object> body = new HashMap<>(Map.of("sourceId", source, "speaker", "lavrov", "topic", TOPIC,
                "saidOn", "2025-04-15", "quote", QUOTE, "verbatim", true,
                "span", Map.of("start", at, "end", at + QUOTE.length()), "stance", -2, "intensity", 2));
        body.put("translation", TRANSLATION);
        body.put("quoteLanguage", "de");
        given().auth().preemptive().basic(ANALYST, ANALYST_PASSWORD).contentType("application/json")
                .body(body).post("/api/statements").then().statusCode(201);
    }

    @Test
    void shouldGiveTheTranslationBesideTheOriginalWordsInEveryTextFormat() throws Exception {
        given().get("/briefings/" + TOPIC + ".md" + PERIOD).then().statusCode(200)
                .body(containsString("\u201C" + QUOTE + "\u201D (" + EXPECTED + ")"));
        given().get("/briefings/" + TOPIC + ".html" + PERIOD).then().statusCode(200)
                .body(containsString(QUOTE))
                .body(containsString("<span class=\"cite\">" + EXPECTED + "</span>"));
        byte[] docx = given().get("/briefings/" + TOPIC + ".docx" + PERIOD).then().statusCode(200)
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String all = words.getText();
            assertTrue(all.contains("\u201C" + QUOTE + "\u201D (" + EXPECTED + ")"), all);
        }
    }
}
