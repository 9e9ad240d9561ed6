package org.stanceline.kernel;

/** A body, file or text over its size limit. */
public class TooLarge extends DomainException {

    public TooLarge(String detail) {
        super(detail, null);
    }
}
