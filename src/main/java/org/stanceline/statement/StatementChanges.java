package org.stanceline.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** What an edit changed, for the audit: the fields whose value differs between two revision snapshots. */
final class StatementChanges {

    /** Longest value quoted in the description; quotes and notes can be long. */
    private static final int VALUE_LENGTH = 60;

    private StatementChanges() {
    }

    static String describe(ObjectMapper json, String before, String after) {
        try {
            JsonNode a = json.readTree(before);
            JsonNode b = json.readTree(after);
            List<String> changes = new ArrayList<>();
            for (Iterator<String> names = b.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                JsonNode was = a.get(field);
                JsonNode now = b.get(field);
                if (!now.equals(was)) {
                    changes.add(field + ": " + value(was) + " → " + value(now));
                }
            }
            return changes.isEmpty() ? "no field changed" : String.join("; ", changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String value(JsonNode v) {
        String text = v == null || v.isNull() ? "null" : v.isTextual() ? v.asText() : v.toString();
        return text.length() <= VALUE_LENGTH ? text : text.substring(0, VALUE_LENGTH - 1) + "…";
    }
}
