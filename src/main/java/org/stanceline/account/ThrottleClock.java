package org.stanceline.account;

import jakarta.enterprise.context.ApplicationScoped;

/** The time the sign-in throttle counts in; a bean so that tests can move it forward instead of sleeping. */
@ApplicationScoped
public class ThrottleClock {

    public long nanos() {
        return System.nanoTime();
    }
}
