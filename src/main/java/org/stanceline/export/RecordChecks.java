package org.stanceline.export;

import org.stanceline.kernel.Unprocessable;
import org.stanceline.kernel.DomainException;
import org.stanceline.source.ContentHash;
import org.stanceline.kernel.DatePrecision;
import org.stanceline.statement.SpanCheck;
import org.stanceline.statement.StatementRevision;
import org.stanceline.statement.StatementStatus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The field checks of one backup record, each failure a 422 that names the record
 * ("statements[12345] (key 's-1'): field 'stance' …"). References are checked by the caller, which knows
 * what came earlier in the stream.
 */
final class RecordChecks {

    private static final Pattern TOPIC_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"|\\\\]+");
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

    static void topic(String record, Dataset.TopicRecord t) {
        if (t.key() == null || !TOPIC_KEY.matcher(t.key()).matches()) {
            throw broken(record, "key", "must be lower-case letters, digits and dashes; got '" + t.key() + "'");
        }
        Map<String, String> labels = t.scaleLabels();
        if (labels == null || !labels.keySet().containsAll(SCALE) || SCALE.stream().anyMatch(s -> labels.get(s) == null)) {
            throw broken(record, "scaleLabels", "needs labels for -2, -1, 0, 1 and 2");
        }
        required(record, "question", t.question());
    }

    static void actor(String record, Dataset.ActorRecord a) {
        key(record, a.key());
        if (a.colour() == null || !COLOUR.matcher(a.colour()).matches()) {
            throw broken(record, "colour", "must be like #D55E00; got '" + a.colour() + "'");
        }
        required(record, "name", a.name());
        required(record, "country", a.country());
    }

    static void speaker(String record, Dataset.SpeakerRecord s) {
        key(record, s.key());
        required(record, "name", s.name());
    }

    static void source(String record, Dataset.SourceRecord s) {
        if (s.url() != null && !URL.matcher(s.url()).matches()) {
            throw broken(record, "url", "must be an http(s) URL");
        }
        required(record, "title", s.title());
        if (s.text() == null || !ContentHash.of(s.text()).equals(s.hash())) {
            throw broken(record, "hash", "is not the hash of the source's text");
        }
        if (s.precision() != null) {
            parse(record, "precision", () -> DatePrecision.parse(s.precision()));
        }
    }

    /** The statement's own fields; {@code text} is its source's text, already resolved. */
    static void statement(String record, Dataset.StatementRecord s, String text) {
        if (s.stance() < -2 || s.stance() > 2) {
            throw broken(record, "stance", "must be -2..2; got " + s.stance());
        }
        if (s.intensity() < 0 || s.intensity() > 3) {
            throw broken(record, "intensity", "must be 0..3; got " + s.intensity());
        }
        if (s.saidOn() == null) {
            throw broken(record, "saidOn", "is missing");
        }
        required(record, "quote", s.quote());
        required(record, "coder", s.coder());
        if (s.translation() != null && s.translation().length() > 8000) {
            throw broken(record, "translation", "has more than 8000 characters");
        }
        if (s.quoteLanguage() != null && !s.quoteLanguage().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
            throw broken(record, "quoteLanguage", "must be an ISO 639 code such as fr; got '" + s.quoteLanguage() + "'");
        }
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

    static void event(String record, Dataset.EventRecord e) {
        key(record, e.key());
        if (e.date() == null) {
            throw broken(record, "date", "is missing");
        }
        required(record, "label", e.label());
        required(record, "kind", e.kind());
    }

    /** The audit table's column sizes: a longer value would fail the insert as a server error. */
    static void audit(String record, Dataset.AuditRecord a) {
        if (a.at() == null) {
            throw broken(record, "at", "is missing");
        }
        bounded(record, "user", a.user(), 64, true);
        bounded(record, "action", a.action(), 32, true);
        bounded(record, "entity", a.entity(), 32, true);
        bounded(record, "summary", a.summary(), 1000, true);
        bounded(record, "address", a.address(), 64, false);
        bounded(record, "entityId", a.entityId(), 64, false);
        bounded(record, "method", a.method(), 8, false);
        bounded(record, "path", a.path(), 300, false);
    }

    private static void bounded(String record, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                throw broken(record, field, "is missing");
            }
        } else if (value.length() > max) {
            throw broken(record, field, "is longer than " + max + " characters");
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

    private static void required(String record, String field, String value) {
        if (value == null) {
            throw broken(record, field, "is missing");
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
