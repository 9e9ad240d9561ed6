package org.stanceline.overload;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

import java.util.function.Supplier;

/**
 * The bulkhead every heavy computation passes (timeline, positions, shifts, statement search, charts,
 * briefings, exports; cached answers and 304s do not). It is one semaphore shared by all of them, because
 * what they compete for is the same: database connections and CPU. When it is full the call fails at once
 * with {@code BulkheadException}, answered 503 with Retry-After, and cheap endpoints keep their connections.
 *
 * <p>Size: {@code org.stanceline.overload.HeavyWork/call/Bulkhead/value} (MicroProfile Fault Tolerance
 * override key), set in application.properties; keep it below the JDBC pool's max-size.
 */
@ApplicationScoped
public class HeavyWork {

    /** Without @Asynchronous this is a semaphore with no queue: a full bulkhead rejects, it never waits. */
    @Bulkhead(8)
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
