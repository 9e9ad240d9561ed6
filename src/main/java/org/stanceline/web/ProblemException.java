package org.stanceline.web;

import org.stanceline.kernel.DomainException;

import java.util.Map;

/**
 * An error with its HTTP status chosen by the thrower.
 *
 * @deprecated throw a domain exception from {@code org.stanceline.kernel} ({@code NotFound}, {@code Duplicate},
 * {@code Invalid}, {@code Unprocessable}, {@code Conflict}, {@code TooLarge} …); {@link ProblemMappers} maps them.
 * Kept so code written against it still compiles and answers as before.
 */
@Deprecated
public class ProblemException extends DomainException {

    private final int status;
    private final String title;

    public ProblemException(int status, String title, String detail, Map<String, Object> extensions) {
        super(detail, extensions);
        this.status = status;
        this.title = title;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail, null);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, null);
    }

    public static ProblemException conflict(String detail, Map<String, Object> extensions) {
        return new ProblemException(409, "Conflict", detail, extensions);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Unprocessable content", detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return members();
    }
}
