package org.stanceline.kernel;

/** An option of a standard protocol that this server does not offer (oEmbed's format=xml). */
public class NotOffered extends DomainException {

    public NotOffered(String detail) {
        super(detail, null);
    }
}
