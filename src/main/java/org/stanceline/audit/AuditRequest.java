package org.stanceline.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the audit needs to know about the HTTP request being served (method, path, client address), filled in
 * by {@link AuditRequestFilter} before the resource runs, so services record it without knowing about HTTP.
 */
@RequestScoped
public class AuditRequest {

    private String method;
    private String path;
    private String address;
    private int recorded;

    void set(String method, String path, String address) {
        this.method = method;
        this.path = path;
        this.address = address;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    String address() {
        return address;
    }

    void countRecord() {
        recorded++;
    }

    int recorded() {
        return recorded;
    }
}
