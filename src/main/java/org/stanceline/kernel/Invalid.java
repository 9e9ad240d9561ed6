package org.stanceline.kernel;

import java.util.Map;

/** Input that cannot be read as asked: a malformed parameter or field, a missing part, a limit passed. */
public class Invalid extends DomainException {

    public Invalid(String detail) {
        super(detail, null);
    }

    public Invalid(String detail, Map<String, ?> members) {
        super(detail, members);
    }

    /** Also names the field as a member {@code field}. */
    public static Invalid field(String field, String detail) {
        return new Invalid(detail, DomainException.field(field, null));
    }
}
