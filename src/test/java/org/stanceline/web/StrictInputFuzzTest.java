package org.stanceline.web;

import org.stanceline.kernel.DomainException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.stanceline.source.NewSource;
import org.stanceline.statement.NewStatement;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded-random fuzzing of the strict JSON mapper and the query check: mutated bodies either fail with a Jackson
 * error (which the mappers turn into a 400) or read into values that obey the rules; mutated query strings either
 * pass with printable values or are refused with a 400.
 */
class StrictInputFuzzTest {

    private static final long SEED = 20261202L;
    private static final String STATEMENT = "{\"sourceId\":1,\"speaker\":\"medvedev\",\"topic\":\"troops\","
            + "\"saidOn\":\"2025-03-01\",\"quote\":\"a quote\",\"verbatim\":true,\"span\":{\"start\":0,\"end\":7},"
            + "\"stance\":-1,\"intensity\":2,\"cues\":[\"warn\"],\"confidence\":0.5}";
    private static final String SOURCE = "{\"title\":\"T\",\"publishedOn\":\"2025-03-17\",\"text\":\"Medvedev said \\u201cno\\u201d.\"}";
    private static final String[] TOKENS = {"1.5", "\"1\"", "20251211", "\"+999999999-12-31\"", "\"\\ud800\"", "[]",
            "{}", "null", "true", "1e400", "\"", "}", "{", ",", ":", "\u0000", "\u00ff", "x", "\"stance\":1,"};

    @Test
    void shouldReadMutatedBodiesOnlyIntoValuesThatKeepTheRules() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        Random random = new Random(SEED);
        int read = 0;
        for (int i = 0; i < 4000; i++) {
            boolean statement = random.nextBoolean();
            byte[] body = mutate((statement ? STATEMENT : SOURCE).getBytes(StandardCharsets.UTF_8), random);
            try {
                if (statement) {
                    NewStatement s = mapper.readValue(body, NewStatement.class);
                    inRange(s.saidOn() == null ? null : s.saidOn().toString(), i);
                    assertNoLoneSurrogate(s.quote(), i);
                    assertNoLoneSurrogate(s.speaker(), i);
                } else {
                    NewSource s = mapper.readValue(body, NewSource.class);
                    inRange(s.publishedOn() == null ? null : s.publishedOn().toString(), i);
                    assertNoLoneSurrogate(s.text(), i);
                    assertNoLoneSurrogate(s.title(), i);
                }
                read++;
            } catch (JsonProcessingException refused) {
                assertFalse(JsonProblems.detail(refused).isBlank(), "iteration " + i + ": a detail");
            } catch (RuntimeException e) {
                throw new AssertionError("iteration " + i + " threw " + e + " on " + new String(body, StandardCharsets.UTF_8), e);
            }
        }
        assertTrue(read > 0, "some mutations are still valid bodies");
    }

    @Test
    void shouldPassOnlyPrintableUtf8QueryValues() {
        Random random = new Random(SEED + 1);
        String[] pieces = {"a", "=", "&", "%", "%00", "%1f", "%7F", "%C2%85", "%FF", "%E2%82%AC", "%ED%A0%80", "+", "%2",
                "from", "actor", "%F0%9F%98%80", "%C0%AF", "%u0000", "\u00e9"};
        for (int i = 0; i < 4000; i++) {
            StringBuilder query = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                query.append(pieces[random.nextInt(pieces.length)]);
            }
            try {
                StrictRequests.checkQuery(query.toString());
                for (String pair : query.toString().split("&")) {
                    for (String part : pair.split("=", 2)) {
                        String decoded = StrictRequests.decode(part);
                        assertTrue(decoded != null && !StrictRequests.hasControl(decoded),
                                "iteration " + i + ": passed '" + query + "'");
                    }
                }
            } catch (DomainException e) {
                assertEquals(400, DomainProblems.status(e), "iteration " + i);
                assertTrue(e.getMessage().contains("arameter"), e.getMessage());
            }
        }
    }

    private static byte[] mutate(byte[] body, Random random) {
        byte[] out = body;
        for (int r = 0; r < 1 + random.nextInt(3); r++) {
            String s = new String(out, StandardCharsets.ISO_8859_1);
            int at = random.nextInt(s.length() + 1);
            s = switch (random.nextInt(4)) {
                case 0 -> s.substring(0, at);
                case 1 -> s.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + s.substring(at);
                case 2 -> at < s.length() ? s.substring(0, at) + (char) random.nextInt(256) + s.substring(at + 1) : s;
                default -> s + TOKENS[random.nextInt(TOKENS.length)];
            };
            out = s.getBytes(StandardCharsets.ISO_8859_1);
        }
        return out;
    }

    private static void inRange(String date, int i) {
        if (date != null) {
            DateBounds.parse(date);
            assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}"), "iteration " + i + ": " + date);
        }
    }

    private static void assertNoLoneSurrogate(String s, int i) {
        assertFalse(s != null && StrictJson.hasLoneSurrogate(s), "iteration " + i + ": lone surrogate read");
    }
}
