package org.stanceline.watch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** API shape of {@code GET /api/positions/matrix}: every capital's position on every question at a date. */
public final class MatrixViews {

    private MatrixViews() {
    }

    public record Matrix(LocalDate at, int staleAfterDays, List<Question> topics, List<Capital> actors,
                         List<Cell> cells) {
    }

    public record Question(String key, String question, Map<String, String> labels) {
    }

    public record Capital(String key, String name, String colour) {
    }

    /**
     * One capital on one question. Without a confirmed statement on or before {@code at}, stance and the rest are
     * null. lastChange is the date of the latest shift on or before {@code at} (null: unchanged since its first
     * statement). datePrecision and lastChangePrecision say how exactly each date is known (day, week, month,
     * year). timeline links the dashboard's timeline of that question and capital.
     */
    public record Cell(String topic, String actor, Integer stance, String word, Integer intensity, LocalDate date,
                       String datePrecision, Long statementId, boolean stale, Long daysSince, LocalDate lastChange,
                       String lastChangePrecision, String timeline) {
    }
}
