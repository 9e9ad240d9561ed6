package org.stanceline.account;

import org.stanceline.kernel.Invalid;
import java.util.Locale;
import java.util.Set;

/**
 * What an account may do. Roles nest: an admin holds every role, an analyst also holds viewer, so the
 * existing {@code @RolesAllowed({"analyst", "admin"})} checks keep meaning "analyst or more".
 */
public enum Role {
    ADMIN, ANALYST, VIEWER;

    public static final String ADMIN_ROLE = "admin";
    public static final String ANALYST_ROLE = "analyst";
    public static final String VIEWER_ROLE = "viewer";

    /** The role names a security identity of this role carries. */
    public Set<String> grants() {
        return switch (this) {
            case ADMIN -> Set.of(ADMIN_ROLE, ANALYST_ROLE, VIEWER_ROLE);
            case ANALYST -> Set.of(ANALYST_ROLE, VIEWER_ROLE);
            case VIEWER -> Set.of(VIEWER_ROLE);
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code label} (admin, analyst, viewer), or 400 naming {@code field}. */
    public static Role parse(String label, String field) {
        if (label != null) {
            for (Role r : values()) {
                if (r.label().equals(label)) {
                    return r;
                }
            }
        }
        throw new Invalid(
                "Field '" + field + "' must be one of admin, analyst, viewer; got " + (label == null ? "nothing" : "'" + label + "'"));
    }
}
