package org.stanceline.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.charset.StandardCharsets;

/**
 * BCrypt (spring-security-crypto): one small jar with no security provider to register, a hash format
 * every tool reads, and a cost that is one number. BCrypt reads at most 72 bytes of a password, so longer
 * ones are refused rather than silently cut.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int MAX_BYTES = 72;
    private static final int DIGEST_CHARACTERS = 31;

    private final BCryptPasswordEncoder encoder;
    /**
     * Checked against for unknown users so that a missing account costs as much time as a wrong password. It is a
     * hash of nothing: a random salt at the configured cost and a digest no password yields. A check costs the
     * same, but building it costs nothing, where hashing a decoy took a BCrypt round (about 0.3 s on two cores)
     * from start-up.
     */
    private final String decoy;

    @Inject
    public PasswordHasher(AuthConfig config) {
        this.encoder = new BCryptPasswordEncoder(config.bcryptCost());
        this.decoy = BCrypt.gensalt("$2a", config.bcryptCost()) + ".".repeat(DIGEST_CHARACTERS);
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        if (tooLong(password)) {
            return false;
        }
        return encoder.matches(password, hash);
    }

    /** Spends the time of one check, for accounts that do not exist. */
    public void spendCheck(String password) {
        encoder.matches(tooLong(password) ? "" : password, decoy);
    }

    String decoy() {
        return decoy;
    }

    static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
