package org.stanceline.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Body of {@code POST /api/sources} in JSON. */
public record NewSource(
        @Size(max = 500) String title,
        @Size(max = 300) String outlet,
        @Size(max = 2000) @Pattern(regexp = "https?://[^\\s<>\"|\\\\]+", message = "must be an http(s) URL without spaces, quotes or angle brackets") String url,
        LocalDate publishedOn,
        @Pattern(regexp = "day|week|month|year", message = "must be day, week, month or year") String precision,
        @Size(max = 16) String language,
        @NotBlank String text) {
}
