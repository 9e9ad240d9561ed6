package org.stanceline.statement;

import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.DomainException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.stanceline.web.DateBounds;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A position in a sorted statement list: the sort keys and id of the last row a client has seen. Opaque to
 * clients (base64url of a small JSON array); bound to its sort, so it cannot be replayed under another order.
 *
 * @param sort the order the cursor was made in
 * @param values one value per key of the order, the id last (LocalDate, Integer, String or Long)
 */
public record StatementCursor(StatementSort sort, List<Object> values) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static StatementCursor after(StatementSort sort, Statement last) {
        return new StatementCursor(sort, sort.keys.stream().map(k -> k.valueOf(last)).toList());
    }

    public String encode() {
        ArrayNode array = JSON.createArrayNode().add(sort.parameter);
        for (Object v : values) {
            if (v instanceof Number n) {
                array.add(n.longValue());
            } else {
                array.add(v.toString());
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor made under {@code sort}; 400 naming {@code after} when it is not one. */
    public static StatementCursor decode(String raw, StatementSort sort) {
        JsonNode array;
        try {
            array = JSON.readTree(Base64.getUrlDecoder().decode(raw.trim()));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid(raw);
        }
        if (array == null || !array.isArray() || array.size() != sort.keys.size() + 1) {
            throw invalid(raw);
        }
        if (!sort.parameter.equals(array.get(0).asText())) {
            throw new Invalid("Parameter 'after' is a cursor of sort '" + array.get(0).asText()
                    + "', not of sort '" + sort.parameter + "': pass the same sort as the page it came from");
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < sort.keys.size(); i++) {
            JsonNode node = array.get(i + 1);
            values.add(switch (sort.keys.get(i).kind) {
                case DATE -> date(node, raw);
                case INT -> {
                    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                        throw invalid(raw);
                    }
                    yield node.intValue();
                }
                case ID -> {
                    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                        throw invalid(raw);
                    }
                    yield node.longValue();
                }
                case TEXT -> {
                    if (!node.isTextual()) {
                        throw invalid(raw);
                    }
                    yield node.textValue();
                }
            });
        }
        return new StatementCursor(sort, values);
    }

    private static LocalDate date(JsonNode node, String raw) {
        try {
            if (!node.isTextual()) {
                throw invalid(raw);
            }
            return DateBounds.parse(node.textValue());
        } catch (IllegalArgumentException e) {
            throw invalid(raw);
        }
    }

    private static DomainException invalid(String raw) {
        String shown = raw.length() > 80 ? raw.substring(0, 80) + "…" : raw;
        return new Invalid("Parameter 'after' must be the 'next' cursor of a previous page, got '"
                + shown + "'");
    }
}
