package org.stanceline.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON bodies of the three JSON writes, each case a valid body with one field made hostile. */
final class JsonBodyCases {

    private static final String JSON = HostileInputCases.JSON;

    /** Date values that must be refused in a body (JSON literals). */
    static final List<String> BAD_DATES = List.of("20251211", "\"20251211\"", "\"+999999999-12-31\"",
            "\"-0001-01-01\"", "\"1899-12-31\"", "\"2101-01-01\"", "\"2025-13-01\"", "\"2025-02-30\"", "[2025,1,1]",
            "true", "\"\"", "\"2025-01-01T00:00:00Z\"", "1.5", "{}");

    private JsonBodyCases() {
    }

    static void sources(List<HostileCase> cases, HostileInputCases.Fixture f) {
        Map<String, List<String>> bad = new LinkedHashMap<>();
        bad.put("text", List.of("123", "1.5", "true", "[]", "{}", "\"\\ud800\"", "\"a\\udc00b\"", "\"x\\ud83d\""));
        bad.put("title", List.of("5", "false", "[\"t\"]", "\"\\ud83d\""));
        bad.put("publishedOn", BAD_DATES);
        bad.put("precision", List.of("1", "true"));
        bad.put("url", List.of("1", "{}"));
        bad.put("outlet", List.of("1"));
        bad.put("language", List.of("[]"));
        int n = 0;
        for (var e : bad.entrySet()) {
            for (String value : e.getValue()) {
                Map<String, String> body = new LinkedHashMap<>();
                body.put("title", "\"Hostile source " + n++ + "\"");
                body.put("text", "\"A hostile source body number " + n + " that must not be stored.\"");
                body.put(e.getKey(), value);
                cases.add(HostileCase.request("POST", "/api/sources").auth(f.analyst()).body(JSON, object(body))
                        .expect("json-source", e.getKey() + ": " + value, 400, "'" + e.getKey() + "'"));
            }
        }
        cases.add(HostileCase.request("POST", "/api/sources").auth(f.analyst())
                .body(JSON, "{\"text\":\"unknown field source\",\"bogus\":1}")
                .expect("json-source", "unknown field", 400, "'bogus'"));
    }

    static Map<String, String> statement(HostileInputCases.Fixture f) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("sourceId", String.valueOf(f.sourceId()));
        body.put("speaker", "\"hostile-speaker\"");
        body.put("topic", "\"troops\"");
        body.put("saidOn", "\"2025-03-01\"");
        body.put("quote", "\"hostile quote\"");
        body.put("verbatim", "true");
        body.put("span", "{\"start\":0,\"end\":5}");
        body.put("stance", "1");
        body.put("intensity", "1");
        return body;
    }

    static Map<String, List<String>> statementMutations() {
        Map<String, List<String>> bad = new LinkedHashMap<>();
        bad.put("stance", List.of("1.5", "\"1\"", "true", "1e0", "2.0", "-2.5", "99999999999999999999", "[1]", "null", "5"));
        bad.put("intensity", List.of("2.0", "\"2\"", "false", "-1", "0.5"));
        bad.put("sourceId", List.of("\"1\"", "1.5", "true", "{}", "1e400"));
        bad.put("saidOn", BAD_DATES);
        bad.put("verbatim", List.of("\"true\"", "1", "0", "\"yes\""));
        bad.put("span", List.of("\"x\"", "5", "[0,5]"));
        bad.put("span.start", List.of("\"0\"", "0.5"));
        bad.put("span.end", List.of("\"5\"", "true"));
        bad.put("cues", List.of("\"x\"", "[1]", "[true]", "[[\"a\"]]", "{}"));
        bad.put("confidence", List.of("\"0.5\"", "true", "2"));
        bad.put("speaker", List.of("1", "[]", "true"));
        bad.put("topic", List.of("1"));
        bad.put("quote", List.of("1", "\"\\ud800\""));
        bad.put("note", List.of("1"));
        bad.put("dateNote", List.of("false"));
        bad.put("status", List.of("1"));
        bad.put("actor", List.of("2"));
        bad.put("precision", List.of("[]"));
        return bad;
    }

    static void statements(List<HostileCase> cases, HostileInputCases.Fixture f) {
        for (var e : statementMutations().entrySet()) {
            for (String value : e.getValue()) {
                Map<String, String> body = statement(f);
                set(body, e.getKey(), value);
                cases.add(HostileCase.request("POST", "/api/statements").auth(f.analyst()).body(JSON, object(body))
                        .expect("json-statement", e.getKey() + ": " + value, 400, "'" + e.getKey()));
            }
        }
    }

    static void statementEdits(List<HostileCase> cases, HostileInputCases.Fixture f) {
        String path = "/api/statements/" + f.statementId();
        for (var e : statementMutations().entrySet()) {
            if (List.of("sourceId", "status", "topic", "speaker").contains(e.getKey())) {
                continue;
            }
            for (String value : e.getValue().subList(0, Math.min(4, e.getValue().size()))) {
                if (value.equals("null")) {
                    continue;
                }
                Map<String, String> body = new LinkedHashMap<>();
                if (e.getKey().startsWith("span.")) {
                    body.put("span", "{\"start\":0,\"end\":5}");
                }
                set(body, e.getKey(), value);
                cases.add(HostileCase.request("PUT", path).auth(f.analyst()).body(JSON, object(body))
                        .expect("json-edit", e.getKey() + ": " + value, 400, "'" + e.getKey()));
            }
        }
    }

    /** Broken JSON for each of the three writes: what comes after the document, duplicates, bytes, nesting. */
    static void structure(List<HostileCase> cases, HostileInputCases.Fixture f) {
        List<String[]> writes = List.of(new String[]{"POST", "/api/sources", "{\"text\":\"structure case %d\"}"},
                new String[]{"POST", "/api/statements", object(statement(f))},
                new String[]{"PUT", "/api/statements/" + f.statementId(), "{\"note\":\"hostile edit\",\"stance\":0}"});
        int n = 0;
        for (String[] w : writes) {
            String valid = w[2].contains("%d") ? w[2].formatted(n++) : w[2];
            List<Object[]> broken = new ArrayList<>();
            broken.add(new Object[]{"trailing garbage", bytes(valid + " x"), "body"});
            broken.add(new Object[]{"second document", bytes(valid + "{}"), "body"});
            broken.add(new Object[]{"trailing bracket", bytes(valid + "]"), "body"});
            broken.add(new Object[]{"trailing NUL", bytes(valid + "\u0000"), "body"});
            broken.add(new Object[]{"empty", new byte[0], "body"});
            broken.add(new Object[]{"null", bytes("null"), "body"});
            broken.add(new Object[]{"array", bytes("[]"), "body"});
            broken.add(new Object[]{"string", bytes("\"text\""), "body"});
            broken.add(new Object[]{"number", bytes("123"), "body"});
            broken.add(new Object[]{"truncated", bytes(valid.substring(0, valid.length() - 3)), "body"});
            broken.add(new Object[]{"single quotes", bytes(valid.replace('"', '\'')), "body"});
            broken.add(new Object[]{"comment", bytes("/* c */" + valid), "body"});
            broken.add(new Object[]{"nested 5000 deep", bytes("[".repeat(5000) + "]".repeat(5000)), "body"});
            broken.add(new Object[]{"number of 2000 digits", bytes("{\"stance\":" + "9".repeat(2000) + "}"), "body"});
            broken.add(new Object[]{"NaN", bytes("{\"stance\":NaN}"), "body"});
            broken.add(new Object[]{"leading zero", bytes("{\"stance\":01}"), "body"});
            String dup = valid.replaceFirst("\\{\"(\\w+)\":", "{\"$1\":null,\"$1\":");
            String dupField = valid.replaceFirst("^\\{\"(\\w+)\".*", "$1");
            broken.add(new Object[]{"duplicate key", bytes(dup), "'" + dupField + "'"});
            byte[] invalidUtf8 = bytes(valid.replaceFirst(":\"", ":\"\u0001MARK"));
            broken.add(new Object[]{"raw control char in string", invalidUtf8, "body"});
            broken.add(new Object[]{"invalid UTF-8 byte", replace(bytes(valid.replaceFirst(":\"", ":\"MARK")), (byte) 0xFF), "body"});
            broken.add(new Object[]{"CESU surrogate bytes", cesu(valid), "body"});
            for (Object[] b : broken) {
                cases.add(HostileCase.request(w[0], w[1]).auth(f.analyst()).body(JSON, (byte[]) b[1])
                        .expect("json-structure", w[0] + " " + w[1] + " " + b[0], 400, (String) b[2]));
            }
        }
    }

    private static void set(Map<String, String> body, String key, String value) {
        if (key.startsWith("span.")) {
            String field = key.substring(5);
            String other = field.equals("start") ? "\"end\":5" : "\"start\":0";
            body.put("span", "{\"" + field + "\":" + value + "," + other + "}");
        } else {
            body.put(key, value);
        }
    }

    static String object(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return out.append('}').toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** MARK (4 bytes) becomes one byte {@code b} and three spaces. */
    private static byte[] replace(byte[] body, byte b) {
        String s = new String(body, StandardCharsets.ISO_8859_1);
        int at = s.indexOf("MARK");
        if (at >= 0) {
            body[at] = b;
            body[at + 1] = ' ';
            body[at + 2] = ' ';
            body[at + 3] = ' ';
        }
        return body;
    }

    /** A surrogate encoded on its own in three bytes (ED A0 80), which UTF-8 forbids. */
    private static byte[] cesu(String valid) {
        byte[] body = bytes(valid.replaceFirst(":\"", ":\"MARK"));
        String s = new String(body, StandardCharsets.ISO_8859_1);
        int at = s.indexOf("MARK");
        if (at >= 0) {
            body[at] = (byte) 0xED;
            body[at + 1] = (byte) 0xA0;
            body[at + 2] = (byte) 0x80;
            body[at + 3] = ' ';
        }
        return body;
    }
}
