package org.stanceline.kernel;

import java.util.Map;

/** Well-formed input whose content breaks a rule of the model (a span that does not hold its quote …). */
public class Unprocessable extends DomainException {

    public Unprocessable(String detail) {
        super(detail, null);
    }

    public Unprocessable(String detail, Map<String, ?> members) {
        super(detail, members);
    }

    /** Also names the field as a member {@code field}. */
    public static Unprocessable field(String field, String detail) {
        return new Unprocessable(detail, DomainException.field(field, null));
    }
}
