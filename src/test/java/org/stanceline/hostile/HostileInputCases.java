package org.stanceline.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The hostile-input table, the same for the test app and the packaged app: every endpoint (from the
 * resources' {@code @Path}s) with control characters and broken encodings in its query, bad dates and numbers
 * in its parameters, JSON bodies with coercions, trailing tokens, duplicate keys and lone surrogates, content
 * types that are unknown or cannot be parsed, broken multipart and chunked bodies, unknown paths and methods.
 */
final class HostileInputCases {

    /** What the cases need from the running app: ids that exist, and the users' credentials. */
    record Fixture(long sourceId, long statementId, String analystUser, String analystPassword, String adminUser,
                   String adminPassword) {
        String analyst() {
            return Base64.getEncoder().encodeToString((analystUser + ":" + analystPassword).getBytes(StandardCharsets.UTF_8));
        }

        String admin() {
            return Base64.getEncoder().encodeToString((adminUser + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
        }
    }

    static final String JSON = "application/json";

    /** GET endpoints with the query parameters each reads. */
    static final Map<String, List<String>> QUERY_PARAMETERS = Map.ofEntries(
            Map.entry("/api/statements", List.of("topic", "actor", "speaker", "source", "from", "to", "stance",
                    "intensity", "status", "q", "sort", "page", "size", "after")),
            Map.entry("/api/timeline", List.of("topic", "actors", "from", "to", "bucket")),
            Map.entry("/api/positions", List.of("topic", "actors", "at")),
            Map.entry("/api/shifts", List.of("topic", "actors", "from", "to", "limit")),
            Map.entry("/api/events", List.of("from", "to")),
            Map.entry("/api/speakers", List.of("actor")),
            Map.entry("/api/topics", List.of("x")),
            Map.entry("/api/actors", List.of("x")),
            Map.entry("/api/sources", List.of("x")),
            Map.entry("/api/export/statements.csv", List.of("actor", "from", "q")),
            Map.entry("/api/export/statements.json", List.of("topic", "to")),
            Map.entry("/api/export/dataset.json", List.of("x")),
            Map.entry("/api/export/dataset.json.gz", List.of("x")),
            Map.entry("/charts/timeline.svg", List.of("topic", "actors", "theme", "width")),
            Map.entry("/charts/timeline.png", List.of("topic", "scale", "height")),
            Map.entry("/briefings/troops.html", List.of("from", "actors")),
            Map.entry("/briefings/troops.pdf", List.of("to")),
            Map.entry("/oembed", List.of("url", "format", "maxwidth")),
            Map.entry("/embed/timeline", List.of("topic", "from")),
            Map.entry("/api/audit", List.of("user", "entity", "action", "from", "to", "after", "size")),
            Map.entry("/api/admin/backups", List.of("x")),
            Map.entry("/api/accounts", List.of("x")),
            Map.entry("/api/me", List.of("x")));

    /** Control characters (C0, DEL, C1) and percent-encodings that are not UTF-8. */
    static final List<String> HOSTILE_QUERY_VALUES = List.of("%00", "a%00b", "%01", "%09", "%0A", "%0D", "%1B",
            "%1F", "%7F", "%C2%80", "%C2%9F", "%FF", "%C3%28", "%E2%82", "%ED%A0%80");

    static final List<String> BAD_DATES = List.of("%2B999999999-12-31", "-999999999-01-01", "1899-12-31", "2101-01-01",
            "2025-13-01", "2025-02-30", "20251211", "2025-1-1", "2025-01-01T00:00:00Z", "yesterday", "0000-01-01");

    private HostileInputCases() {
    }

    static List<HostileCase> all(Fixture f) {
        List<HostileCase> cases = new ArrayList<>();
        queryControl(cases, f);
        dateParameters(cases);
        numberParameters(cases);
        cursors(cases);
        adminParameters(cases, f);
        JsonBodyCases.sources(cases, f);
        JsonBodyCases.statements(cases, f);
        JsonBodyCases.statementEdits(cases, f);
        JsonBodyCases.structure(cases, f);
        contentTypes(cases, f);
        multipart(cases, f);
        routing(cases, f);
        transport(cases, f);
        return cases;
    }

    private static void queryControl(List<HostileCase> cases, Fixture f) {
        int rotate = 0;
        for (var e : QUERY_PARAMETERS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            for (String param : e.getValue()) {
                // Every parameter gets NUL and two more of the hostile values, in turn.
                List<String> values = new ArrayList<>(List.of("%00"));
                for (int i = 0; i < 2; i++) {
                    values.add(HOSTILE_QUERY_VALUES.get(1 + (rotate++ % (HOSTILE_QUERY_VALUES.size() - 1))));
                }
                for (String v : values) {
                    cases.add(HostileCase.request("GET", e.getKey() + "?" + param + "=" + v)
                            .expect("query-control", e.getKey() + " " + param + "=" + v, 400, "'" + param + "'"));
                }
            }
        }
        for (String v : List.of("%00", "%1F", "%FF")) {
            cases.add(HostileCase.request("POST", "/api/sources?title=" + v).auth(f.analyst())
                    .body(JSON, "{\"text\":\"query control " + v + "\"}")
                    .expect("query-control", "POST /api/sources title=" + v, 400, "'title'"));
            cases.add(HostileCase.request("PUT", "/api/statements/" + f.statementId() + "?x=" + v).auth(f.analyst())
                    .body(JSON, "{\"stance\":0}")
                    .expect("query-control", "PUT /api/statements x=" + v, 400, "'x'"));
        }
        cases.add(HostileCase.request("GET", "/api/statements?a%00b=1")
                .expect("query-control", "NUL in a parameter name", 400, "parameter name"));
    }

    private static void dateParameters(List<HostileCase> cases) {
        List<String[]> targets = List.of(new String[]{"/api/statements?", "from"}, new String[]{"/api/statements?", "to"},
                new String[]{"/api/timeline?topic=troops&", "from"}, new String[]{"/api/timeline?topic=troops&", "to"},
                new String[]{"/api/positions?topic=troops&", "at"}, new String[]{"/api/shifts?topic=troops&", "from"},
                new String[]{"/api/shifts?topic=troops&", "to"}, new String[]{"/api/events?", "from"},
                new String[]{"/api/events?", "to"}, new String[]{"/api/export/statements.csv?", "from"},
                new String[]{"/api/export/statements.json?", "to"}, new String[]{"/charts/timeline.svg?topic=troops&", "from"},
                new String[]{"/charts/timeline.png?topic=troops&", "to"}, new String[]{"/briefings/troops.html?", "from"},
                new String[]{"/briefings/troops.md?", "to"});
        for (String[] t : targets) {
            for (String date : BAD_DATES) {
                cases.add(HostileCase.request("GET", t[0] + t[1] + "=" + date)
                        .expect("date-parameter", t[0] + t[1] + "=" + date, 400, "'" + t[1] + "'"));
            }
        }
    }

    /** The audit's filters are read after the admin check, so these carry admin credentials. */
    private static void adminParameters(List<HostileCase> cases, Fixture f) {
        for (String param : List.of("from", "to")) {
            // The audit also takes instants (2025-01-01T00:00:00Z), so that one value is not hostile here.
            for (String date : BAD_DATES.stream().filter(d -> !d.contains("T")).toList()) {
                cases.add(HostileCase.request("GET", "/api/audit?" + param + "=" + date).auth(f.admin())
                        .expect("date-parameter", "/api/audit?" + param + "=" + date, 400, "'" + param + "'"));
            }
        }
        for (String n : List.of("1.5", "abc", "0", "99999999999", "%2B1")) {
            cases.add(HostileCase.request("GET", "/api/audit?size=" + n).auth(f.admin())
                    .expect("number-parameter", "/api/audit?size=" + n, 400, "'size'"));
        }
    }

    private static void numberParameters(List<HostileCase> cases) {
        List<String[]> targets = List.of(new String[]{"/api/statements?", "stance"},
                new String[]{"/api/statements?", "intensity"}, new String[]{"/api/statements?", "source"},
                new String[]{"/api/statements?", "page"}, new String[]{"/api/statements?", "size"},
                new String[]{"/api/shifts?topic=troops&", "limit"},
                new String[]{"/charts/timeline.svg?topic=troops&", "width"},
                new String[]{"/charts/timeline.png?topic=troops&", "height"},
                new String[]{"/charts/timeline.png?topic=troops&", "scale"});
        for (String[] t : targets) {
            for (String n : List.of("1.5", "abc", "99999999999", "%2B1", "0x1", "1e2", "%D9%A3")) {
                cases.add(HostileCase.request("GET", t[0] + t[1] + "=" + n)
                        .expect("number-parameter", t[0] + t[1] + "=" + n, 400, "'" + t[1] + "'"));
            }
        }
    }

    /** Forged keyset cursors (base64 of the JSON array a page's 'next' holds). */
    private static void cursors(List<HostileCase> cases) {
        for (String cursor : List.of("[\"-date\",\"+999999999-12-31\",5]", "[\"-date\",\"1899-12-31\",5]",
                "[\"-date\",20251211,5]", "[\"-date\",\"2025-01-01\",1.5]", "[\"-date\",\"2025-01-01\",\"5\"]",
                "[\"-date\",\"2025-01-01\",5] x", "{}", "[\"-date\"]")) {
            String after = Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
            cases.add(HostileCase.request("GET", "/api/statements?after=" + after)
                    .expect("cursor-parameter", "after=" + cursor, 400, "'after'"));
        }
        cases.add(HostileCase.request("GET", "/api/statements?after=!!!").expect("cursor-parameter", "after=!!!", 400, "'after'"));
    }

    private static void contentTypes(List<HostileCase> cases, Fixture f) {
        List<String> unparseable = List.of("garbage", "application/", "/json", "text", "a b/c", "application/json/x",
                "\"quoted\"");
        List<String[]> writes = List.of(new String[]{"POST", "/api/sources"}, new String[]{"POST", "/api/statements"},
                new String[]{"PUT", "/api/statements/" + f.statementId()}, new String[]{"POST", "/api/import/dataset"},
                new String[]{"POST", "/api/sources/bulk"});
        for (String[] w : writes) {
            String auth = w[1].equals("/api/import/dataset") ? f.admin() : f.analyst();
            for (String type : unparseable) {
                cases.add(HostileCase.request(w[0], w[1]).auth(auth).body(type, "{\"text\":\"content type\"}")
                        .expect("content-type", w[0] + " " + w[1] + " Content-Type: " + type, 415, "Content-Type"));
            }
        }
        for (String type : List.of("application/xml", "image/png", "application/octet-stream", "text/csv")) {
            cases.add(HostileCase.request("POST", "/api/sources").auth(f.analyst()).body(type, "<a>content</a>")
                    .expect("content-type", "POST /api/sources Content-Type: " + type, 415, "Content-Type"));
        }
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "text/html")) {
            cases.add(HostileCase.request("POST", "/api/statements").auth(f.analyst()).body(type, "stance=1")
                    .expect("content-type", "POST /api/statements Content-Type: " + type, 415, "Content-Type"));
            cases.add(HostileCase.request("PUT", "/api/statements/" + f.statementId()).auth(f.analyst()).body(type, "stance=1")
                    .expect("content-type", "PUT /api/statements Content-Type: " + type, 415, "Content-Type"));
        }
        cases.add(HostileCase.request("POST", "/api/import/dataset").auth(f.admin()).body("text/plain", "{}")
                .expect("content-type", "POST /api/import/dataset Content-Type: text/plain", 415, "Content-Type"));
    }

    private static void multipart(List<HostileCase> cases, Fixture f) {
        String type = "multipart/form-data; boundary=XX";
        String part = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nA multipart article that never ends";
        String bulkPart = part.replace("name=\"file\"", "name=\"files\"");
        cases.add(HostileCase.request("POST", "/api/sources").auth(f.analyst()).body(type, part)
                .expect("multipart", "unterminated part", 400, "multipart"));
        cases.add(HostileCase.request("POST", "/api/sources").auth(f.analyst()).body(type, part + "\r\n--XX")
                .expect("multipart", "no closing boundary", 400, "multipart"));
        cases.add(HostileCase.request("POST", "/api/sources/bulk").auth(f.analyst()).body(type, bulkPart)
                .expect("multipart", "bulk: unterminated part", 400, "multipart"));
        cases.add(HostileCase.request("POST", "/api/sources").auth(f.analyst()).body(type, "--XX\r\nno headers")
                .expect("multipart", "part without headers", 400, "multipart"));
        cases.add(HostileCase.request("POST", "/api/sources").auth(f.analyst()).body(type, "--XX--\r\n")
                .expect("multipart", "no parts", 400, "'file'"));
        for (String date : List.of("%2B999999999-12-31", "+999999999-12-31", "1899-12-31", "2101-01-01", "20251211", "2025-02-30")) {
            String body = "--XX\r\nContent-Disposition: form-data; name=\"publishedOn\"\r\n\r\n" + date + "\r\n"
                    + "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\nA multipart article dated " + date + "\r\n--XX--\r\n";
            cases.add(HostileCase.request("POST", "/api/sources").auth(f.analyst()).body(type, body)
                    .expect("multipart", "publishedOn=" + date, 400, "'publishedOn'"));
        }
    }

    private static void routing(List<HostileCase> cases, Fixture f) {
        for (String path : List.of("/api/nope", "/nope", "/api/statements/999999999", "/api/statements/abc",
                "/api/sources/abc", "/api/sources/999999999", "/api/statements/999999999/revisions",
                "/briefings/no-such-topic.html", "/briefings/troops.exe", "/api/timelinex", "/charts/timeline.gif")) {
            String named = path.contains("999999999") ? "999999999" : path.split("\\.")[0].replace("/briefings/", "");
            cases.add(HostileCase.request("GET", path).expect("routing-404", "GET " + path, 404, named));
        }
        String s = "/api/statements/" + f.statementId();
        for (String[] m : List.of(new String[]{"DELETE", "/api/topics"}, new String[]{"POST", "/api/topics"},
                new String[]{"PATCH", s}, new String[]{"DELETE", s}, new String[]{"PUT", "/api/sources"},
                new String[]{"DELETE", "/api/sources/" + f.sourceId()}, new String[]{"GET", "/api/import/dataset"},
                new String[]{"PUT", "/api/timeline"})) {
            cases.add(HostileCase.request(m[0], m[1]).auth(f.analyst())
                    .expect("routing-405", m[0] + " " + m[1], 405, m[0]));
        }
        for (String[] a : List.of(new String[]{"/api/topics", "image/gif"}, new String[]{"/api/statements", "text/csv"},
                new String[]{"/api/timeline?topic=troops", "application/pdf"}, new String[]{"/api/sources", "image/*"},
                new String[]{"/charts/timeline.svg?topic=troops", "application/json"},
                new String[]{"/api/topics", "garbage"})) {
            cases.add(HostileCase.request("GET", a[0]).header("Accept", a[1])
                    .expect("routing-406", a[0] + " Accept: " + a[1], 406, "Accept"));
        }
        cases.add(HostileCase.request("POST", "/api/sources").auth(f.analyst()).header("Content-Type", JSON)
                .header("Content-Length", "999999999999").expect("size-413", "Content-Length over the limit", 413, "bytes"));
    }

    private static void transport(List<HostileCase> cases, Fixture f) {
        cases.add(HostileCase.request("GET", "/api/topics").header("-Host", "").expect("transport", "no Host header",
                400, "'Host'"));
        String chunked = "Transfer-Encoding";
        for (String body : List.of("ZZZ\r\n{}\r\n0\r\n\r\n", "5\r\n{\"tex\r\nZZ\r\n", "-1\r\n{}\r\n0\r\n\r\n",
                "FFFFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n", "2\r\n{}XX0\r\n\r\n")) {
            cases.add(HostileCase.request("POST", "/api/sources").auth(f.analyst()).header("Content-Type", JSON)
                    .header(chunked, "chunked").raw(body.getBytes(StandardCharsets.ISO_8859_1))
                    .transport("transport", "bad chunk " + body.replace("\r\n", "\\r\\n")));
        }
        // Quarkus answers a bare 400 before any route when the request URI is not a valid java.net.URI.
        for (String escape : List.of("%zz", "%4", "%", "%G0")) {
            cases.add(HostileCase.request("GET", "/api/statements?topic=" + escape)
                    .transport("transport", "broken percent-escape " + escape));
        }
        cases.add(HostileCase.request("GET", "/api/topics?x=" + "a".repeat(9000))
                .expect("size-414", "URI of 9000 characters", 414, "request target"));
        cases.add(HostileCase.request("POST", "/api/sources?x=" + "a".repeat(5000)).auth(f.analyst())
                .body(JSON, "{\"text\":\"long uri\"}").expect("size-414", "POST with a URI of 5000 characters", 414,
                        "request target"));
        cases.add(HostileCase.request("GET", "/api/topics").header("X-Big", "a".repeat(20_000))
                .expect("size-431", "headers of 20 KB", 431, "headers"));
        cases.add(HostileCase.request("GET", "/api/topics?x=" + "a".repeat(20_000))
                .transport("transport", "URI over the HTTP layer's 16384"));
        cases.add(HostileCase.request("GET", "/api/topics").header("X-Big", "a".repeat(40_000))
                .transport("transport", "headers over the HTTP layer's 32 KB"));
        cases.add(HostileCase.request("POST", "/api/sources").auth(f.analyst()).header("Content-Type", JSON)
                .header("Content-Length", "abc").raw("{}".getBytes(StandardCharsets.UTF_8))
                .transport("transport", "Content-Length not a number"));
    }
}
