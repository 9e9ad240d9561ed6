package org.stanceline.kernel;

/** The addressed thing (source, statement, topic, account …) does not exist. */
public class NotFound extends DomainException {

    public NotFound(String detail) {
        super(detail, null);
    }
}
