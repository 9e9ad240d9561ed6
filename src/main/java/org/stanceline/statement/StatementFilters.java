package org.stanceline.statement;

import org.stanceline.kernel.Invalid;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import org.stanceline.web.QueryParams;

import java.util.List;

/**
 * The filters of {@code GET /api/statements}, declared once and shared (as a {@code @BeanParam}) by the list
 * and the exports, so both take exactly the same parameters with the same errors.
 */
public class StatementFilters {

    @QueryParam("topic")
    public String topic;

    @Parameter(description = "actor keys, repeated or comma-separated")
    @QueryParam("actor")
    public List<String> actors;

    @QueryParam("speaker")
    public String speaker;

    @QueryParam("source")
    public String source;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("stance")
    public String stance;

    @QueryParam("intensity")
    public String intensity;

    @Parameter(description = "proposed, confirmed (default), rejected or any")
    @QueryParam("status")
    public String status;

    @Parameter(description = "words that must all occur in the quote or the speaker's name, case-insensitive; "
            + "a word ending in * matches as a prefix (troop*); at most 200 characters and 10 words")
    @QueryParam("q")
    public String text;

    @Parameter(description = "date, -date (default), stance, -stance, intensity, -intensity, actor, speaker")
    @QueryParam("sort")
    public String sort;

    /** The parsed query for one page; 400 names any bad parameter. */
    public StatementQuery query(int page, int size) {
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
            throw new Invalid("Parameter 'status' must be proposed, confirmed, rejected or any; got '"
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
            throw new Invalid(e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
