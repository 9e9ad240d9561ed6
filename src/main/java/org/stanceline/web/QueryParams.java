package org.stanceline.web;

import org.stanceline.kernel.Invalid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Parses query parameters with errors that name the parameter and the value. */
public final class QueryParams {

    private QueryParams() {
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return DateBounds.parse(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new Invalid("Parameter '" + name + "' " + e.getMessage() + ", got '" + raw + "'");
        }
    }

    public static Integer integer(String name, String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        int value;
        try {
            if (!raw.trim().matches("-?[0-9]{1,10}")) {
                throw new NumberFormatException(raw);
            }
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new Invalid("Parameter '" + name + "' must be an integer, got '" + raw + "'");
        }
        if (value < min || value > max) {
            throw new Invalid(
                    "Parameter '" + name + "' must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** Accepts repeated parameters and comma-separated values alike. */
    public static List<String> list(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new Invalid("Parameter 'from' (" + from + ") is after 'to' (" + to + ")");
        }
    }
}
