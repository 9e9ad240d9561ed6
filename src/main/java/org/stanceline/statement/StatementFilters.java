package org.stanceline.statement;

import org.stanceline.web.ProblemException;
import org.stanceline.web.QueryParams;

import java.util.List;

/** Parses the filters of {@code GET /api/statements}, shared by the list and the exports. */
public final class StatementFilters {

    private StatementFilters() {
    }

    public static StatementQuery parse(String topic, List<String> actors, String speaker, String source, String from,
                                       String to, String stance, String intensity, String status, String text,
                                       String sort, int page, int size) {
        Integer sourceId = QueryParams.integer("source", source, 1, Integer.MAX_VALUE);
        StatementQuery query = new StatementQuery(blankToNull(topic), QueryParams.list(actors), blankToNull(speaker),
                sourceId == null ? null : Long.valueOf(sourceId),
                QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.integer("stance", stance, -2, 2), QueryParams.integer("intensity", intensity, 0, 3),
                status(status), text, sort(sort), page, size);
        QueryParams.checkRange(query.from(), query.to());
        return query;
    }

    static StatementStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return StatementStatus.CONFIRMED;
        }
        if (raw.trim().equalsIgnoreCase("any")) {
            return null;
        }
        try {
            return StatementStatus.parse(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Parameter 'status' must be proposed, confirmed, rejected or any; got '"
                    + raw + "'");
        }
    }

    static StatementSort sort(String raw) {
        if (raw == null || raw.isBlank()) {
            return StatementSort.DATE_DESC;
        }
        try {
            return StatementSort.parse(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
