package org.stanceline.kernel;

import java.util.Map;

/** The request is valid but the current state forbids it (already confirmed, a restore is running …). */
public class Conflict extends DomainException {

    public Conflict(String detail) {
        super(detail, null);
    }

    public Conflict(String detail, Map<String, ?> members) {
        super(detail, members);
    }
}
