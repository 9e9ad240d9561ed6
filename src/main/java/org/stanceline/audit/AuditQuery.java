package org.stanceline.audit;


import org.stanceline.kernel.Invalid;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The filters and page of an audit listing: {@code from}/{@code to} are inclusive (a date means its whole UTC
 * day), {@code after} is the keyset cursor (the last entry's time and id) of the page before.
 */
public record AuditQuery(String user, String entity, String action, Instant from, Instant toExclusive,
                         Cursor after, int size) {

    public record Cursor(Instant at, long id) {

        public String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String raw) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(raw.trim()), StandardCharsets.UTF_8);
                int bar = plain.indexOf('|');
                return new Cursor(Instant.parse(plain.substring(0, bar)), Long.parseLong(plain.substring(bar + 1)));
            } catch (RuntimeException e) {
                throw new Invalid("Parameter 'after' must be the 'next' value of a previous page, got '"
                        + raw + "'");
            }
        }
    }

    /** Parses the query parameters, each error naming its parameter. */
    public static AuditQuery parse(String user, String entity, String action, String from, String to, String after,
                                   String size, AuditConfig config) {
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new Invalid("Parameter 'from' (" + from + ") is after 'to' (" + to + ")");
        }
        Integer requested = org.stanceline.web.QueryParams.integer("size", size, 1, config.maxPageSize());
        int pageSize = requested == null ? config.defaultPageSize() : requested;
        return new AuditQuery(blankToNull(user), blankToNull(entity), blankToNull(action), start, end,
                after == null || after.isBlank() ? null : Cursor.decode(after), pageSize);
    }

    /** An ISO instant, or an ISO date meaning its UTC day; {@code end} gives the exclusive end of that day. */
    private static Instant instant(String name, String raw, boolean end) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        try {
            if (value.length() == 10) {
                LocalDate day = org.stanceline.web.DateBounds.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            Instant at = Instant.parse(value);
            // The same configured date range as every other date parameter (stanceline.input.*).
            org.stanceline.web.DateBounds.check(at.atZone(ZoneOffset.UTC).toLocalDate());
            return end ? at.plusNanos(1000) : at;
        } catch (DateTimeParseException | ArithmeticException | IllegalArgumentException e) {
            throw new Invalid("Parameter '" + name + "' must be an ISO date (YYYY-MM-DD) or instant "
                    + "(2026-01-31T12:00:00Z) from " + org.stanceline.web.DateBounds.min() + " to "
                    + org.stanceline.web.DateBounds.max() + ", got '" + raw + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
