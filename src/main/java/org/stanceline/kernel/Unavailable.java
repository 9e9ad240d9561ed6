package org.stanceline.kernel;

/** A part of this build or deployment that is missing, so the request cannot be served here (not overload). */
public class Unavailable extends DomainException {

    private final String what;

    /** {@code what} is a short name of the missing part, shown as the problem's title. */
    public Unavailable(String what, String detail) {
        super(detail, null);
        this.what = what;
    }

    public String what() {
        return what;
    }
}
