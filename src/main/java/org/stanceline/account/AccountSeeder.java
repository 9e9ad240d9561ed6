package org.stanceline.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.stanceline.web.StancelineConfig;

import java.util.Optional;

/**
 * STANCELINE_ADMIN_PASSWORD and STANCELINE_ANALYST_PASSWORD keep working: at start they create or
 * refresh the accounts {@code admin} and {@code analyst}, so existing scripts and deployments sign in as before.
 */
@ApplicationScoped
public class AccountSeeder {

    private static final Logger LOG = Logger.getLogger(AccountSeeder.class);

    @Inject
    StancelineConfig config;

    @Inject
    AccountService accounts;

    void onStart(@Observes StartupEvent start) {
        seed("admin", Role.ADMIN, "Administrator", config.adminPassword());
        seed("analyst", Role.ANALYST, "Analyst", config.analystPassword());
    }

    private void seed(String username, Role role, String displayName, Optional<String> password) {
        Optional<String> given = password.filter(p -> !p.isBlank());
        if (given.isEmpty()) {
            return;
        }
        if (PasswordHasher.tooLong(given.get())) {
            throw new IllegalStateException("The configured password of '" + username + "' is longer than "
                    + PasswordHasher.MAX_BYTES + " bytes, which BCrypt cannot check; choose a shorter one");
        }
        try {
            accounts.seed(username, role, displayName, given.get());
        } catch (RuntimeException e) {
            // Another instance sharing the database seeded it at the same moment: its row stands; check ours once more.
            LOG.debugf("Seeding %s raced another instance: %s", username, e.getMessage());
            accounts.seed(username, role, displayName, given.get());
        }
    }
}
