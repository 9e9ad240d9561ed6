package org.stanceline.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Violations of {@code @Valid} request records as one 400 naming each bad field, by its path inside the
 * body ({@code span.start}, {@code cues[2].<list element>}), without the method and parameter that held it.
 */
final class Violations {

    private Violations() {
    }

    static Problem problem(ConstraintViolationException e, String instance) {
        List<Map<String, String>> fields = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", field(v), "message", v.getMessage()))
                .sorted(Comparator.comparing(f -> f.get("field"))).toList();
        if (fields.size() == 1 && fields.get(0).get("field").isEmpty()) {
            return new Problem("about:blank", "Bad request", 400, "The request body is empty", instance, null);
        }
        String detail = fields.stream().map(f -> "Field '" + f.get("field") + "' " + f.get("message"))
                .collect(Collectors.joining("; "));
        return new Problem("about:blank", "Invalid request", 400, detail, instance,
                new java.util.LinkedHashMap<>(Map.of("violations", fields)));
    }

    /** The path below the validated parameter, written as {@link Path#toString()} writes it. */
    static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int skip = 0;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER
                    && node.getKind() != ElementKind.CONSTRUCTOR && node.getKind() != ElementKind.CROSS_PARAMETER) {
                break;
            }
            skip++;
        }
        for (int i = 0; i < skip; i++) {
            int dot = path.indexOf('.');
            path = dot < 0 ? "" : path.substring(dot + 1);
        }
        return path;
    }
}
