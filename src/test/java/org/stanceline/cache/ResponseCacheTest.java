package org.stanceline.cache;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseCacheTest {

    static ResponseCache cache(long maxEntries, long maxBytes, int maxEntryBytes) {
        ResponseCache c = new ResponseCache();
        c.config = new HttpCacheConfig() {
            public int maxAgeSeconds() {
                return 0;
            }

            public long maxEntries() {
                return maxEntries;
            }

            public long maxBytes() {
                return maxBytes;
            }

            public int maxEntryBytes() {
                return maxEntryBytes;
            }
        };
        c.start();
        return c;
    }

    static final ResponseCache.Key KEY = new ResponseCache.Key("/api/timeline?topic=troops", 7);

    @Test
    void shouldComputeConcurrentIdenticalMissesOnce() throws Exception {
        ResponseCache c = cache(100, 1 << 20, 1 << 16);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CachedBody body = CachedBody.of(new byte[]{1, 2, 3}, "application/json");
        CompletableFuture<CachedBody> first = CompletableFuture.supplyAsync(() -> c.get(KEY, () -> {
            entered.countDown();
            await(release);
            return body;
        }));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        AtomicInteger computedAgain = new AtomicInteger();
        // Starts while the first computation is under way: it must wait for it rather than compute.
        CompletableFuture<CachedBody> second = CompletableFuture.supplyAsync(() -> c.get(KEY, () -> {
            computedAgain.incrementAndGet();
            return CachedBody.of(new byte[0], "x");
        }));
        release.countDown();
        assertSame(body, first.get(30, TimeUnit.SECONDS));
        assertSame(body, second.get(30, TimeUnit.SECONDS));
        assertEquals(0, computedAgain.get());
        assertSame(body, c.get(KEY, () -> {
            throw new AssertionError("a hit computes nothing");
        }));
    }

    @Test
    void shouldKeepNeitherFailuresNorOversizedBodies() {
        ResponseCache c = cache(100, 1 << 20, 10);
        assertThrows(IllegalArgumentException.class, () -> c.get(KEY, () -> {
            throw new IllegalArgumentException("404, say");
        }));
        CachedBody ok = CachedBody.of(new byte[]{1}, "application/json");
        assertSame(ok, c.get(KEY, () -> ok), "the failure was not kept");
        ResponseCache.Key big = new ResponseCache.Key("/briefings/troops.pdf", 7);
        CachedBody large = CachedBody.of(new byte[11], "application/pdf");
        assertSame(large, c.get(big, () -> large));
        CachedBody again = CachedBody.of(new byte[11], "application/pdf");
        assertSame(again, c.get(big, () -> again), "a body above max-entry-bytes is sent, not kept");
    }

    @Test
    void shouldBoundTheNumberOfEntriesThroughTheirMinimumWeight() {
        ResponseCache c = cache(10, 10_000, 1000);
        for (int i = 0; i < 200; i++) {
            c.get(new ResponseCache.Key("/q" + i, 1), () -> CachedBody.of(new byte[1], "x"));
        }
        c.cleanUp();
        assertTrue(c.size() <= 10, "size " + c.size());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
