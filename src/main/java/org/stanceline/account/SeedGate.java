package org.stanceline.account;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Closed until the start-up seed of the configured accounts has run. The seed's BCrypt work (a second or
 * more on two busy cores) runs after the server is ready, so whatever reads accounts waits here instead.
 */
@ApplicationScoped
class SeedGate {

    private static final Logger LOG = Logger.getLogger(SeedGate.class);
    private static final long WAIT_SECONDS = 60;

    private final CountDownLatch seeded = new CountDownLatch(1);

    void open() {
        seeded.countDown();
    }

    /** Waits for the seed; past the bound the accounts are read as they are (the seed's failure is logged). */
    void await() {
        try {
            if (!seeded.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warnf("The account seed has not finished after %d s; reading the accounts as they are", WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
