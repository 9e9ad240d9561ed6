package org.stanceline.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One hostile request and what it must get: {@code status} (0: any 4xx), problem+json whose detail contains
 * {@code mustName} (the field, parameter or part at fault), and, for a write, no change to the stored data.
 * A {@code transport} case is refused by the HTTP layer while it still parses the request: it may get a bare 4xx
 * or a closed connection, never a 2xx or a 5xx.
 */
record HostileCase(String category, String name, byte[] request, int status, String mustName, boolean write,
                   boolean transport) {

    @Override
    public String toString() {
        return category + ": " + name;
    }

    static Builder request(String method, String target) {
        return new Builder(method, target);
    }

    static final class Builder {
        private final String method;
        private final String target;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private byte[] rawBody;

        Builder(String method, String target) {
            this.method = method;
            this.target = target;
        }

        Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Builder auth(String basic) {
            return header("Authorization", "Basic " + basic);
        }

        Builder body(String contentType, byte[] bytes) {
            if (contentType != null) {
                header("Content-Type", contentType);
            }
            this.body = bytes;
            return this;
        }

        Builder body(String contentType, String text) {
            return body(contentType, text.getBytes(StandardCharsets.UTF_8));
        }

        /** Bytes sent as they are after the headers, with no Content-Length added (chunked cases). */
        Builder raw(byte[] bytes) {
            this.rawBody = bytes;
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            if (!headers.containsKey("Host") && !headers.containsKey("-Host")) {
                head.append("Host: localhost\r\n");
            }
            headers.forEach((k, v) -> {
                if (!k.equals("-Host")) {
                    head.append(k).append(": ").append(v).append("\r\n");
                }
            });
            if (body != null && !headers.containsKey("Content-Length")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.writeBytes(body);
            }
            if (rawBody != null) {
                out.writeBytes(rawBody);
            }
            return out.toByteArray();
        }

        HostileCase expect(String category, String name, int status, String mustName) {
            return new HostileCase(category, name, bytes(), status, mustName, !method.equals("GET"), false);
        }

        HostileCase transport(String category, String name) {
            return new HostileCase(category, name, bytes(), 0, null, !method.equals("GET"), true);
        }
    }
}
