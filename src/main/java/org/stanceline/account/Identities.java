package org.stanceline.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.stanceline.account.AccountViews.SignedIn;

/** Security identities of accounts: the principal is the user name, which revisions and sources record. */
final class Identities {

    static final String DISPLAY_NAME = "displayName";
    static final String ROLE = "role";

    private Identities() {
    }

    static SecurityIdentity of(SignedIn account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addRoles(account.role().grants())
                .addAttribute(DISPLAY_NAME, account.displayName())
                .addAttribute(ROLE, account.role().label())
                .build();
    }
}
