package org.stanceline.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.stream.Collectors;

/** Says which field of a JSON body Jackson refused, and what it should have been. */
public final class JsonProblems {

    private static final int MAX_ECHO = 80;

    private JsonProblems() {
    }

    public static String detail(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + path(u) + "'; allowed fields: " + u.getKnownPropertyIds();
        }
        if (e instanceof MismatchedInputException m && String.valueOf(m.getOriginalMessage()).startsWith("Trailing token")) {
            return "The request body goes on after its JSON document ends" + at(m.getLocation());
        }
        if (e instanceof InvalidFormatException f && !f.getPath().isEmpty()) {
            String value = echo(String.valueOf(f.getValue()));
            if (String.valueOf(f.getOriginalMessage()).endsWith(StrictJson.LONE_SURROGATE)) {
                return "Field '" + path(f) + "' " + StrictJson.LONE_SURROGATE;
            }
            return "Field '" + path(f) + "' " + expectation(f.getTargetType()) + "; got '" + value + "'";
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return "Field '" + path(m) + "' " + expectation(m.getTargetType()) + got(m);
        }
        if (e instanceof MismatchedInputException m) {
            String message = String.valueOf(m.getOriginalMessage());
            if (message.startsWith("No content")) {
                return "The request body is empty";
            }
            return "The request body " + expectation(m.getTargetType()) + got(m);
        }
        String where = e.getProcessor() instanceof JsonParser p ? field(p.getParsingContext()) : "";
        return "The request body is not valid JSON" + (where.isEmpty() ? "" : " in field '" + where + "'") + ": "
                + e.getOriginalMessage() + at(e.getLocation());
    }

    /** {@code statements[3].saidOn}, as the field is written in the body. */
    public static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be a JSON integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a JSON number";
        }
        if (type == String.class) {
            return "must be a JSON string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return DateBounds.expected() + " in a JSON string";
        }
        if (type == Instant.class) {
            return "must be an ISO instant (2025-01-31T12:00:00Z) in a JSON string";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a JSON array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "must be a JSON object";
        }
        return "has the wrong type";
    }

    private static String got(MismatchedInputException m) {
        if (!(m.getProcessor() instanceof JsonParser p) || p.currentToken() == null) {
            return "";
        }
        try {
            return switch (p.currentToken()) {
                case START_OBJECT -> "; got an object";
                case START_ARRAY -> "; got an array";
                case VALUE_STRING -> "; got the string '" + echo(p.getText()) + "'";
                case VALUE_NULL -> "; got null";
                default -> "; got " + echo(p.getText());
            };
        } catch (java.io.IOException | RuntimeException unreadable) {
            return "";
        }
    }

    private static String field(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            } else if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        return parts.stream().collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String echo(String s) {
        String flat = s.codePoints().map(c -> Character.isISOControl(c) || Character.isSurrogate((char) c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return flat.length() <= MAX_ECHO ? flat : flat.substring(0, MAX_ECHO) + "…";
    }
}
