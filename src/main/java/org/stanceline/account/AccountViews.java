package org.stanceline.account;

import java.time.Instant;

/** Request and response bodies of the account API; never a password or its hash. */
public final class AccountViews {

    private AccountViews() {
    }

    public record AccountView(String username, String displayName, String role, boolean enabled,
                              Instant createdAt, Instant updatedAt) {
        static AccountView of(Account a) {
            return new AccountView(a.username, a.displayName, a.role.label(), a.enabled, a.createdAt, a.updatedAt);
        }
    }

    public record NewAccount(String username, String displayName, String role, String password) {
    }

    /** Every field optional: only the ones sent change. */
    public record AccountChange(Boolean enabled, String role, String displayName) {
    }

    public record PasswordReset(String password) {
    }

    /** {@code GET /api/me}. */
    public record Me(String username, String displayName, String role) {
    }

    /** What a successful password or session check yields. */
    public record SignedIn(String username, String displayName, Role role) {
        static SignedIn of(Account a) {
            return new SignedIn(a.username, a.displayName, a.role);
        }
    }
}
