package org.stanceline.web;

import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.UnsupportedFormat;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Refuses, before any resource sees them, query values that no filter can mean (control characters, NUL,
 * percent-encodings that are not UTF-8) and a Content-Type that cannot be parsed. Otherwise {@code actor=%00}
 * reads as "no filter" and {@code Content-Type: garbage} fails deep inside content negotiation.
 */
public class StrictRequests {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            checkContentType(contentType);
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query != null && !query.isEmpty()) {
            checkQuery(query);
        }
    }

    static void checkContentType(String contentType) {
        try {
            MediaType type = MediaType.valueOf(contentType);
            if (type.getType().isEmpty() || type.getSubtype().isEmpty() || "*".equals(type.getType())) {
                throw new IllegalArgumentException(contentType);
            }
        } catch (IllegalArgumentException e) {
            throw new UnsupportedFormat("Header 'Content-Type' is not a media type: '"
                    + printable(contentType) + "'; send e.g. application/json");
        }
    }

    static void checkQuery(String rawQuery) {
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decode(rawName);
            if (name == null) {
                throw new Invalid("Query parameter name '" + printable(rawName)
                        + "' is not percent-encoded UTF-8");
            }
            String shownName = printable(name);
            if (hasControl(name)) {
                throw new Invalid("Query parameter name '" + shownName + "' contains a control character");
            }
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (value == null) {
                throw new Invalid("Parameter '" + shownName + "' is not percent-encoded UTF-8");
            }
            int bad = firstControl(value);
            if (bad >= 0) {
                throw new Invalid("Parameter '" + shownName + "' contains the control character U+"
                        + HexFormat.of().withUpperCase().toHexDigits((short) bad) + "; query values must be printable text");
            }
        }
    }

    /** Strict percent-decoding: null for a broken escape or bytes that are not UTF-8. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean hasControl(String s) {
        return firstControl(s) >= 0;
    }

    /** The first C0 or C1 control character or DEL; tab and line breaks are no more meaningful in a filter. */
    static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return -1;
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(80).forEach(c -> out.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
        return out.toString();
    }
}
