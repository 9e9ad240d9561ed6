package org.stanceline.account;

import org.stanceline.kernel.Invalid;
import org.stanceline.kernel.NotFound;
import org.stanceline.kernel.Conflict;
import org.stanceline.kernel.Duplicate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.account.AccountViews.AccountChange;
import org.stanceline.account.AccountViews.AccountView;
import org.stanceline.account.AccountViews.NewAccount;
import org.stanceline.account.AccountViews.SignedIn;
import org.stanceline.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Creates, changes and checks accounts. Every method runs in its own transaction; none is called on the event loop. */
@ApplicationScoped
public class AccountService {

    /** No colon (HTTP Basic splits on it), no spaces or capitals (one spelling per person). */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Inject
    SeedGate seeded;

    @Inject
    PasswordHasher hasher;

    @Inject
    VerifiedCredentials verified;

    @Inject
    AuthConfig config;

    @Inject
    AuditLog audit;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    Clock clock = Clock.systemUTC();

    @Transactional
    public List<AccountView> list() {
        seeded.await();
        return Account.<Account>find("order by username").stream().map(AccountView::of).toList();
    }

    @Transactional
    public AccountView create(NewAccount body) {
        seeded.await();
        if (body == null) {
            throw new Invalid("The request body must be a JSON object with username, displayName, role and password");
        }
        String username = body.username();
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new Invalid("Field 'username' must be 2 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
        Role role = Role.parse(body.role(), "role");
        String password = checkedPassword(body.password());
        if (Account.byUsername(username).isPresent()) {
            throw new Duplicate("An account named '" + username + "' already exists", Map.of("username", username));
        }
        Account a = new Account();
        a.username = username;
        a.displayName = displayName(body.displayName(), username);
        a.role = role;
        a.passwordHash = hasher.hash(password);
        a.enabled = true;
        a.createdAt = a.updatedAt = clock.instant();
        a.persist();
        audit.record(actor(), AuditLog.CREATE, "account", username, "role " + role.name().toLowerCase());
        return AccountView.of(a);
    }

    @Transactional
    public AccountView change(String username, AccountChange body) {
        seeded.await();
        if (body == null || (body.enabled() == null && body.role() == null && body.displayName() == null)) {
            throw new Invalid("Send at least one of the fields 'enabled', 'role', 'displayName'");
        }
        Account a = existing(username);
        Role role = body.role() == null ? a.role : Role.parse(body.role(), "role");
        boolean enabled = body.enabled() == null ? a.enabled : body.enabled();
        if (a.role == Role.ADMIN && a.enabled && (role != Role.ADMIN || !enabled) && enabledAdmins() == 1) {
            throw new Conflict("'" + username + "' is the last enabled admin; make another admin first",
                    Map.of("username", username));
        }
        if (body.displayName() != null) {
            a.displayName = displayName(body.displayName(), username);
        }
        if (!enabled && a.enabled) {
            a.sessionsValidAfter = clock.millis(); // a disabled account's open sessions end at once
        }
        String changed = (a.role != role ? "role " + a.role.name().toLowerCase() + " → " + role.name().toLowerCase() + "; " : "")
                + (a.enabled != enabled ? (enabled ? "enabled; " : "disabled; ") : "")
                + (body.displayName() != null ? "display name; " : "");
        a.role = role;
        a.enabled = enabled;
        a.updatedAt = clock.instant();
        audit.record(actor(), AuditLog.UPDATE, "account", username, changed.isEmpty() ? "no change" : changed.substring(0, changed.length() - 2));
        return AccountView.of(a);
    }

    @Transactional
    public void resetPassword(String username, String password) {
        Account a = existing(username);
        a.passwordHash = hasher.hash(checkedPassword(password));
        a.sessionsValidAfter = clock.millis();
        a.updatedAt = clock.instant();
        audit.record(actor(), AuditLog.UPDATE, "account", username, "password reset");
    }

    /** The account if the password is right and the account enabled; the BCrypt check runs outside any transaction. */
    public Optional<SignedIn> verifyPassword(String username, String password) {
        seeded.await();
        Optional<Account> found = QuarkusTransaction.requiringNew().call(() -> Account.byUsername(username).map(AccountService::detached));
        if (found.isEmpty()) {
            hasher.spendCheck(password);
            return Optional.empty();
        }
        Account a = found.get();
        boolean ok = verified.isKnown(username, password, a.passwordHash) || hasher.matches(password, a.passwordHash);
        if (!ok || !a.enabled) {
            return Optional.empty();
        }
        verified.remember(username, password, a.passwordHash);
        return Optional.of(SignedIn.of(a));
    }

    /** The account behind a session cookie issued at {@code issuedAtMillis}, if it is still enabled and the session not ended. */
    @Transactional
    public Optional<SignedIn> sessionAccount(String username, long issuedAtMillis) {
        return Account.byUsername(username)
                .filter(a -> a.enabled && issuedAtMillis > a.sessionsValidAfter)
                .map(SignedIn::of);
    }

    /** Sign-out: every session cookie of the account issued until now is refused from now on, on every instance. */
    @Transactional
    public void endSessions(String username) {
        Account.byUsername(username).ifPresent(a -> a.sessionsValidAfter = Math.max(a.sessionsValidAfter, clock.millis()));
        audit.record(username, "sign-out", "session", username, "every session of the account ended");
    }

    /** Who is making the change: the signed-in admin, or "system" at start-up. */
    private String actor() {
        return identity == null || identity.isAnonymous() ? AuditLog.SYSTEM : identity.getPrincipal().getName();
    }

    /**
     * Start-up seed of {@code admin} and {@code analyst} from the configured passwords: created when missing,
     * password replaced when it changed. Role and enabled are the admin's to change and are kept.
     */
    @Transactional
    public void seed(String username, Role role, String displayName, String password) {
        Optional<Account> existing = Account.byUsername(username);
        if (existing.isPresent()) {
            Account a = existing.get();
            if (!hasher.matches(password, a.passwordHash)) {
                a.passwordHash = hasher.hash(password);
                a.updatedAt = clock.instant();
            }
            return;
        }
        Account a = new Account();
        a.username = username;
        a.displayName = displayName;
        a.role = role;
        a.passwordHash = hasher.hash(password);
        a.enabled = true;
        a.createdAt = a.updatedAt = clock.instant();
        a.persist();
    }

    private Account existing(String username) {
        return Account.byUsername(username).orElseThrow(() -> new NotFound("No account named '" + username + "'"));
    }

    private long enabledAdmins() {
        return Account.count("role = ?1 and enabled = true", Role.ADMIN);
    }

    private String checkedPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < config.minPasswordLength()) {
            throw new Invalid("Field 'password' must have at least " + config.minPasswordLength() + " characters");
        }
        if (PasswordHasher.tooLong(password)) {
            throw new Invalid("Field 'password' must be at most " + PasswordHasher.MAX_BYTES + " bytes of UTF-8");
        }
        return password;
    }

    private static String displayName(String given, String username) {
        String name = given == null ? "" : given.strip();
        if (name.length() > 200) {
            throw new Invalid("Field 'displayName' must be at most 200 characters");
        }
        return name.isEmpty() ? username : name;
    }

    /** A copy that outlives its transaction (the entity manager is closed when BCrypt runs). */
    private static Account detached(Account a) {
        Account copy = new Account();
        copy.username = a.username;
        copy.displayName = a.displayName;
        copy.role = a.role;
        copy.passwordHash = a.passwordHash;
        copy.enabled = a.enabled;
        return copy;
    }

    Instant now() {
        return clock.instant();
    }
}
