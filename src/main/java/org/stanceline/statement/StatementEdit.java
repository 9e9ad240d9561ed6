package org.stanceline.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code PUT /api/statements/{id}}: the fields to change; absent (null) fields stay as they are.
 * A new span must come with its quote (or hold the current quote); the span rule is checked either way.
 */
public record StatementEdit(
        String speaker,
        String actor,
        String topic,
        LocalDate saidOn,
        String precision,
        @Size(max = 1000) String dateNote,
        @Size(min = 1, max = 8000) String quote,
        Boolean verbatim,
        @Valid NewStatement.SpanInput span,
        @Min(-2) @Max(2) Integer stance,
        @Min(0) @Max(3) Integer intensity,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> cues,
        @DecimalMin("0.0") @DecimalMax("1.0") Double confidence,
        @Size(max = 2000) String note,
        @Size(max = 8000) String translation,
        @Size(max = 16) @jakarta.validation.constraints.Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?") String quoteLanguage) {
}
