package org.stanceline.ingest;

import org.stanceline.kernel.Conflict;
import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.NotFound;
import org.stanceline.kernel.Unprocessable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.source.Source;
import org.stanceline.statement.StatementService;
import org.stanceline.statement.StatementView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Confirm all" of the review view: a source's proposed statements confirmed in one transaction, so that either
 * every one counts from now on or, when any one cannot be confirmed, none does.
 */
@ApplicationScoped
public class ConfirmAll {

    /** The review view's answer: the statements confirmed, in the order asked. */
    public record Result(long sourceId, List<StatementView> confirmed) {
    }

    /** What the review view saw as proposed; empty or null means every proposed statement of the source. */
    public record Request(List<Long> ids) {
    }

    @Inject
    StatementService statements;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** The ids of a request body; none (null) for an empty body. 400 names the field when it is not JSON. */
    public List<Long> ids(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            Request request = json.readValue(body, Request.class);
            return request == null ? null : request.ids();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Invalid("The body must be JSON {\"ids\": [statement ids]}, with field 'ids' "
                    + "a list of numbers, or empty to confirm every proposed statement");
        }
    }

    /**
     * Confirms the statements in order. One that is not in the source (422) or no longer proposed (409, someone
     * reviewed it meanwhile) fails the call after the earlier ones were written, and the rollback undoes them.
     */
    @Transactional
    public Result confirm(long sourceId, List<Long> ids, String user) {
        if (Source.findById(sourceId) == null) {
            throw new NotFound("Source " + sourceId + " does not exist");
        }
        Map<Long, StatementView> ofSource = statements.ofSource(sourceId).stream()
                .collect(Collectors.toMap(StatementView::id, Function.identity()));
        List<Long> targets = ids == null || ids.isEmpty()
                ? ofSource.values().stream().filter(s -> "proposed".equals(s.status())).map(StatementView::id).sorted()
                        .toList()
                : ids;
        List<StatementView> confirmed = new ArrayList<>();
        for (Long id : targets) {
            StatementView s = id == null ? null : ofSource.get(id);
            if (s == null) {
                throw new Unprocessable("Field 'ids': statement " + id + " is not in source " + sourceId
                        + "; nothing was confirmed");
            }
            if (!"proposed".equals(s.status())) {
                throw new Conflict("Statement " + id + " is already " + s.status()
                        + " (reviewed meanwhile?); nothing was confirmed: reload the source and try again",
                        Map.of("statementId", id, "status", s.status()));
            }
            confirmed.add(statements.confirm(id, user));
        }
        return new Result(sourceId, confirmed);
    }
}
