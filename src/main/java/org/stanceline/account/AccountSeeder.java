package org.stanceline.account;

import io.quarkus.runtime.ShutdownEvent;
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
 * The seed hashes or checks passwords with BCrypt, which costs more than the rest of start-up on two cores;
 * so it runs beside start-up, and {@link SeedGate} holds sign-ins and account reads until it is done.
 */
@ApplicationScoped
public class AccountSeeder {

    private static final Logger LOG = Logger.getLogger(AccountSeeder.class);

    @Inject
    StancelineConfig config;

    @Inject
    AccountService accounts;

    @Inject
    SeedGate gate;

    void onStart(@Observes StartupEvent start) {
        Optional<String> admin = checked("admin", config.adminPassword());
        Optional<String> analyst = checked("analyst", config.analystPassword());
        if (admin.isEmpty() && analyst.isEmpty()) {
            gate.open();
            return;
        }
        Thread seeding = new Thread(() -> {
            try {
                admin.ifPresent(p -> seed("admin", Role.ADMIN, "Administrator", p));
                analyst.ifPresent(p -> seed("analyst", Role.ANALYST, "Analyst", p));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Seeding the configured accounts failed; they stay as they were");
            } finally {
                gate.open();
            }
        }, "account-seed");
        seeding.setDaemon(true);
        seeding.start();
    }

    /** A stop during the seed waits for it: closing the pool under its transaction would only log errors. */
    void onStop(@Observes ShutdownEvent stop) {
        gate.await();
    }

    /** The configured password if one is given; one BCrypt cannot check stops the start, as before. */
    private static Optional<String> checked(String username, Optional<String> password) {
        Optional<String> given = password.filter(p -> !p.isBlank());
        if (given.isPresent() && PasswordHasher.tooLong(given.get())) {
            throw new IllegalStateException("The configured password of '" + username + "' is longer than "
                    + PasswordHasher.MAX_BYTES + " bytes, which BCrypt cannot check; choose a shorter one");
        }
        return given;
    }

    private void seed(String username, Role role, String displayName, String password) {
        try {
            accounts.seed(username, role, displayName, password);
        } catch (RuntimeException e) {
            // Another instance sharing the database seeded it at the same moment: its row stands; check ours once more.
            LOG.debugf("Seeding %s raced another instance: %s", username, e.getMessage());
            accounts.seed(username, role, displayName, password);
        }
    }
}
