package org.stanceline.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The hand-editable files of data/ (format in data/FORMAT.md), as read before any database work. */
public final class CorpusFiles {

    static final String KEY = "[a-z0-9][a-z0-9-]*";
    static final String KEY_MESSAGE = "must be lower-case letters, digits and dashes";
    static final String PRECISION = "day|week|month|year";

    private CorpusFiles() {
    }

    public record TopicFile(@NotBlank @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
                            @NotBlank @Size(max = 1000) String question,
                            @Size(max = 4000) String description,
                            @NotNull @Size(min = 5, max = 5) Map<String, @NotBlank @Size(max = 64) String> scaleLabels,
                            @NotNull Integer displayOrder) {
    }

    public record ActorFile(@NotBlank @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
                            @NotBlank String name,
                            @NotBlank String country,
                            @NotNull @Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "must be a colour like #D55E00") String colour,
                            @NotNull Integer displayOrder) {
    }

    public record SpeakerFile(@NotBlank @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
                              @NotBlank String name,
                              List<@NotBlank String> aliases,
                              List<@NotBlank String> rolePhrases,
                              @Size(max = 300) String role,
                              @NotBlank String actor,
                              LocalDate from,
                              LocalDate to) {
    }

    public record SourceFile(@NotBlank @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
                             @NotBlank String file,
                             @NotBlank @Size(max = 500) String title,
                             @Size(max = 300) String outlet,
                             @Size(max = 2000) String url,
                             @NotNull LocalDate publishedOn,
                             @NotNull @Pattern(regexp = PRECISION) String precision,
                             boolean inferred,
                             @Size(max = 2000) String inferredReason,
                             @Size(max = 16) String language,
                             String seedFile) {
    }

    public record StatementsFile(@NotBlank String source, @NotNull List<@Valid @NotNull StatementFile> statements) {
    }

    public record StatementFile(@NotBlank @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
                                @NotBlank String speaker,
                                String actor,
                                @NotBlank String topic,
                                @NotNull LocalDate saidOn,
                                @NotNull @Pattern(regexp = PRECISION) String precision,
                                @Size(max = 1000) String dateNote,
                                @NotBlank @Size(max = 8000) String quote,
                                @NotNull Boolean verbatim,
                                @NotNull @Valid Span span,
                                @NotNull @Min(-2) @Max(2) Integer stance,
                                @NotNull @Min(0) @Max(3) Integer intensity,
                                @NotEmpty List<@NotBlank String> cues,
                                @NotNull @DecimalMin("0.0") @DecimalMax("1.0") Double confidence,
                                @NotNull @Pattern(regexp = "proposed|confirmed|rejected") String status,
                                @NotBlank String coder,
                                @Size(max = 2000) String note) {
    }

    public record Span(@NotNull @Min(0) Integer start, @NotNull @Min(1) Integer end) {
    }

    public record EventFile(@NotBlank @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
                            @NotNull LocalDate date,
                            LocalDate endDate,
                            @NotBlank @Size(max = 500) String label,
                            @NotNull @Pattern(regexp = "summit|talks|plan|strike|announcement") String kind,
                            String source,
                            @Size(max = 2000) String url) {
    }
}
