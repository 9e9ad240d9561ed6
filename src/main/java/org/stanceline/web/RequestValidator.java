package org.stanceline.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a request body's constraints and answers 400 naming each bad field. Called by services rather than
 * through {@code @Valid}, whose failures Quarkus renders itself in a non-problem JSON shape.
 */
@ApplicationScoped
public class RequestValidator {

    @Inject
    Validator validator;

    public <T> T check(T body) {
        if (body == null) {
            throw ProblemException.badRequest("The request body is empty");
        }
        List<ConstraintViolation<T>> violations = validator.validate(body).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
        if (!violations.isEmpty()) {
            List<Map<String, String>> fields = violations.stream()
                    .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage())).toList();
            String detail = fields.stream().map(f -> "Field '" + f.get("field") + "' " + f.get("message"))
                    .collect(Collectors.joining("; "));
            throw new ProblemException(400, "Invalid request", detail, Map.of("violations", fields));
        }
        return body;
    }
}
