package org.stanceline.export;

import org.stanceline.kernel.Unprocessable;
import org.stanceline.kernel.DomainException;
import org.stanceline.source.ContentHash;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.statement.SpanCheck;
import org.stanceline.statement.StatementRevision;
import org.stanceline.statement.StatementStatus;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The field checks of one backup record, each failure a 422 that names the record
 * ("statements[12345] (key 's-1'): field 'stance' …"). References are checked by the caller, which knows
 * what came earlier in the stream.
 */
final class RecordChecks {

    private static final List<String> SCALE = List.of("-2", "-1", "0", "1", "2");

    private RecordChecks() {
    }

    static String name(String list, long index, String key) {
        return list + "[" + index + "]" + (key == null ? "" : " (key '" + key + "')");
    }

    static DomainException broken(String record, String field, String problem) {
        return new Unprocessable(record + ": field '" + field + "' " + problem);
    }

    static void key(String record, String key) {
        if (key == null || key.isBlank()) {
            throw broken(record, "key", "is missing");
        }
    }

    /**
     * The field constraints declared on the record (Bean Validation, see {@link Dataset}); the first broken
     * field, in the record's own order, is the 422. A message ending in "; got" is followed by the value.
     */
    static void fields(Validator validator, String record, Object r) {
        Set<ConstraintViolation<Object>> violations = validator.validate(r);
        if (violations.isEmpty()) {
            return;
        }
        List<String> order = Arrays.stream(r.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
        ConstraintViolation<Object> first = violations.stream()
                .min(Comparator.comparingInt((ConstraintViolation<Object> v) -> order.indexOf(v.getPropertyPath().toString()))
                        .thenComparing(ConstraintViolation::getMessage))
                .orElseThrow();
        String message = first.getMessage();
        if (message.endsWith(Dataset.GOT)) {
            Object value = first.getInvalidValue();
            message += " " + (value instanceof String ? "'" + value + "'" : String.valueOf(value));
        }
        throw broken(record, first.getPropertyPath().toString(), message);
    }

    /** What the field constraints cannot say: the scale's five labels. */
    static void topic(String record, Dataset.TopicRecord t) {
        Map<String, String> labels = t.scaleLabels();
        if (labels == null || !labels.keySet().containsAll(SCALE) || SCALE.stream().anyMatch(s -> labels.get(s) == null)) {
            throw broken(record, "scaleLabels", "needs labels for -2, -1, 0, 1 and 2");
        }
    }

    /** The text's hash and the date's precision. */
    static void source(String record, Dataset.SourceRecord s) {
        if (s.text() == null || !ContentHash.of(s.text()).equals(s.hash())) {
            throw broken(record, "hash", "is not the hash of the source's text");
        }
        if (s.precision() != null) {
            parse(record, "precision", () -> DatePrecision.parse(s.precision()));
        }
    }

    /** Status, precision, the span against its source's {@code text} (already resolved), and the revisions. */
    static void statement(String record, Dataset.StatementRecord s, String text) {
        parse(record, "status", () -> StatementStatus.parse(s.status()));
        parse(record, "precision", () -> DatePrecision.parse(s.precision()));
        String mismatch = SpanCheck.mismatch(text, s.spanStart(), s.spanEnd(), s.quote());
        if (mismatch != null) {
            throw broken(record, "spanStart", mismatch);
        }
        int i = 0;
        for (Dataset.RevisionRecord r : s.revisions() == null ? List.<Dataset.RevisionRecord>of() : s.revisions()) {
            String field = "revisions[" + i++ + "]";
            parse(record, field + ".action", () -> action(r.action()));
            if (r.at() == null || r.by() == null || r.after() == null) {
                throw broken(record, field, "needs 'at', 'by' and 'after'");
            }
        }
    }

    static StatementRevision.Action action(String raw) {
        try {
            return StatementRevision.Action.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be one of created, proposed, edited, confirmed, rejected; got '"
                    + raw + "'");
        }
    }

    private static void parse(String record, String field, Runnable parse) {
        try {
            parse.run();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw broken(record, field, e.getMessage() == null ? "is missing" : e.getMessage());
        }
    }
}
