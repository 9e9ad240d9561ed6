package org.stanceline.kernel;

/** The request needs a named account and carries none (or names one that does not exist). */
public class NotSignedIn extends DomainException {

    public NotSignedIn(String detail) {
        super(detail, null);
    }
}
