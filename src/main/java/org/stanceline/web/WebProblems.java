package org.stanceline.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;

/** Details for the REST layer's own client errors that name what was wrong, instead of "HTTP 400 Bad Request". */
final class WebProblems {

    private WebProblems() {
    }

    static String detail(WebApplicationException e, String path, HttpHeaders headers, String method) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 404 -> "No resource at " + path;
            case 405 -> "Method " + method + " is not allowed on " + path
                    + allowed(e.getResponse().getHeaderString(HttpHeaders.ALLOW));
            case 406 -> "None of the media types in header 'Accept' (" + header(headers, HttpHeaders.ACCEPT)
                    + ") can be produced by " + path;
            case 415 -> "Header 'Content-Type' (" + header(headers, HttpHeaders.CONTENT_TYPE) + ") is not accepted by "
                    + method + " " + path + "; see the OpenAPI document at /q/openapi";
            case 413 -> "The request body is larger than this endpoint accepts";
            default -> specific(e, status, method, path);
        };
    }

    private static String specific(WebApplicationException e, int status, String method, String path) {
        String message = e.getMessage();
        if (message != null && !message.matches("HTTP \\d{3} .*")) {
            return message;
        }
        Throwable cause = e.getCause();
        if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return JsonProblems.detail(json);
        }
        if (cause != null && cause.getMessage() != null) {
            return "The request to " + method + " " + path + " could not be read: " + cause.getMessage();
        }
        if (status == 400) {
            return "The request to " + method + " " + path + " could not be read: its body does not fit the "
                    + "Content-Type it was sent with";
        }
        return message;
    }

    private static String allowed(String allow) {
        return allow == null || allow.isBlank() ? "" : "; allowed: " + allow;
    }

    private static String header(HttpHeaders headers, String name) {
        String value = headers == null ? null : headers.getHeaderString(name);
        return value == null ? "none sent" : value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }
}
