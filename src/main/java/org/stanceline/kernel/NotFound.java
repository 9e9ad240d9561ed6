package org.stanceline.kernel;

import java.util.Map;

/** The addressed thing (source, statement, topic, account …) does not exist. */
public class NotFound extends DomainException {

    public NotFound(String detail) {
        super(detail, null);
    }

    /** With further problem members, e.g. the {@code field} that named the missing thing. */
    public NotFound(String detail, Map<String, ?> members) {
        super(detail, members);
    }
}
