package org.stanceline.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts failed sign-ins (HTTP Basic and the form alike) per user name and per client address. At the limit
 * every attempt, right password or not, is refused without a password check for a block that starts at
 * {@code first-block} and doubles with each further attempt, capped at the window. A count is forgotten one
 * window after its last failure. Counts live in this instance only: behind a balancer with N instances an
 * attacker gets at most N times the limit.
 */
@ApplicationScoped
public class LoginThrottle {

    record Failures(int count, long lastNanos) {
        Failures plus(long now) {
            return new Failures(count + 1, now);
        }
    }

    private final ThrottleClock clock;
    private final AuthConfig.Throttle config;
    private final Cache<String, Failures> byUser;
    private final Cache<String, Failures> byAddress;

    @Inject
    public LoginThrottle(ThrottleClock clock, AuthConfig config) {
        this.clock = clock;
        this.config = config.throttle();
        this.byUser = cache();
        this.byAddress = cache();
    }

    private Cache<String, Failures> cache() {
        return Caffeine.newBuilder().ticker(clock::nanos).expireAfterWrite(config.window())
                .maximumSize(config.maxTracked()).build();
    }

    /** Throws {@link LoginThrottledException} (and counts the attempt) while the user or the address is blocked. */
    public void checkAllowed(String username, String address) {
        long now = clock.nanos();
        long wait = Math.max(remaining(byUser.getIfPresent(username), config.maxFailuresPerUser(), now),
                remaining(byAddress.getIfPresent(address), config.maxFailuresPerAddress(), now));
        if (wait > 0) {
            recordFailure(username, address);
            long after = Math.max(
                    remaining(byUser.getIfPresent(username), config.maxFailuresPerUser(), now),
                    remaining(byAddress.getIfPresent(address), config.maxFailuresPerAddress(), now));
            throw new LoginThrottledException(Math.max(1, (long) Math.ceil(after / 1e9)));
        }
    }

    public void recordFailure(String username, String address) {
        long now = clock.nanos();
        byUser.asMap().merge(username, new Failures(1, now), (old, one) -> old.plus(now));
        byAddress.asMap().merge(address, new Failures(1, now), (old, one) -> old.plus(now));
    }

    /** A right password clears the user's count; the address keeps its count (one address may try many users). */
    public void recordSuccess(String username) {
        byUser.invalidate(username);
    }

    /** Forgets every count (tests). */
    public void clear() {
        byUser.invalidateAll();
        byAddress.invalidateAll();
    }

    /** Nanoseconds the holder of these failures must still wait; 0 when not blocked. */
    private long remaining(Failures f, int limit, long now) {
        if (f == null || f.count() < limit) {
            return 0;
        }
        long block = blockNanos(f.count() - limit);
        return Math.max(0, f.lastNanos() + block - now);
    }

    long blockNanos(int extraAttempts) {
        long first = config.firstBlock().toNanos();
        long cap = config.window().toNanos();
        int doublings = Math.min(extraAttempts, 40);
        long block = first;
        for (int i = 0; i < doublings && block < cap; i++) {
            block *= 2;
        }
        return Math.min(block, cap);
    }
}
