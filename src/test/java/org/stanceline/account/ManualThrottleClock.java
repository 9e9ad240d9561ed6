package org.stanceline.account;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A throttle clock that moves only when the test says so. */
class ManualThrottleClock extends ThrottleClock {

    private final AtomicLong now = new AtomicLong(System.nanoTime());

    @Override
    public long nanos() {
        return now.get();
    }

    void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }
}
