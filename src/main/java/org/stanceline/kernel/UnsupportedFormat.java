package org.stanceline.kernel;

/** Content of a kind this server does not read (a file type, a media type). */
public class UnsupportedFormat extends DomainException {

    public UnsupportedFormat(String detail) {
        super(detail, null);
    }
}
