package org.stanceline.statement;

import java.util.Locale;

/** Review state: only confirmed statements reach the timeline. */
public enum StatementStatus {
    PROPOSED, CONFIRMED, REJECTED;

    public static StatementStatus parse(String raw) {
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("status must be one of proposed, confirmed, rejected; got '" + raw + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
