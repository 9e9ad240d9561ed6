package org.stanceline.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/statements}: a statement coded by hand by an analyst. For a source in another
 * language, {@code quote} keeps the original words (it must be the source's span), {@code translation} their
 * English and {@code quoteLanguage} their language (ISO 639, e.g. {@code fr}).
 */
public record NewStatement(
        @NotNull Long sourceId,
        @NotBlank String speaker,
        String actor,
        @NotBlank String topic,
        @NotNull LocalDate saidOn,
        String precision,
        @Size(max = 1000) String dateNote,
        @NotBlank @Size(max = 8000) String quote,
        @NotNull Boolean verbatim,
        @NotNull @Valid SpanInput span,
        @NotNull @Min(-2) @Max(2) Integer stance,
        @NotNull @Min(0) @Max(3) Integer intensity,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> cues,
        @DecimalMin("0.0") @DecimalMax("1.0") Double confidence,
        String status,
        @Size(max = 2000) String note,
        @Size(max = 8000) String translation,
        @Size(max = 16) @jakarta.validation.constraints.Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?") String quoteLanguage) {

    public record SpanInput(@NotNull @Min(0) Integer start, @NotNull @Min(1) Integer end) {
    }
}
