package org.stanceline.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The one rule for dates that come from a client: {@code YYYY-MM-DD} with four-digit years, inside the configured
 * range. {@link LocalDate#parse} alone takes {@code +999999999-12-31}, which the databases cannot store.
 * Static so that {@link QueryParams} stays a plain helper; set from {@link InputConfig} at start-up.
 */
public final class DateBounds {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static volatile LocalDate min = LocalDate.of(1900, 1, 1);
    private static volatile LocalDate max = LocalDate.of(2100, 12, 31);

    private DateBounds() {
    }

    public static LocalDate min() {
        return min;
    }

    public static LocalDate max() {
        return max;
    }

    /** The date, or an {@link IllegalArgumentException} whose message says what a date must be. */
    public static LocalDate parse(String raw) {
        if (raw == null || !ISO_DATE.matcher(raw).matches()) {
            throw new IllegalArgumentException(expected());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(expected());
        }
        check(date);
        return date;
    }

    public static void check(LocalDate date) {
        if (date.isBefore(min) || date.isAfter(max)) {
            throw new IllegalArgumentException(expected());
        }
    }

    public static String expected() {
        return "must be an ISO date (YYYY-MM-DD) from " + min + " to " + max;
    }

    static void configure(InputConfig config) {
        if (config.minDate().isAfter(config.maxDate())) {
            throw new IllegalStateException("stanceline.input.min-date is after stanceline.input.max-date");
        }
        min = config.minDate();
        max = config.maxDate();
    }

    /** Before any other start-up work (the corpus loads at start through the strict mapper). */
    @ApplicationScoped
    static class Configure {
        void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, InputConfig config) {
            configure(config);
        }
    }
}
