package org.stanceline.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * Serialized responses in memory (Caffeine), keyed by the normalised query and the data version they were
 * computed under. A new version makes new keys, so nothing is ever invalidated by hand; old entries age out.
 *
 * <p>Bounded by bytes and by entries at once: every entry weighs at least {@code maxBytes / maxEntries}, so
 * the byte bound also caps the count. Concurrent misses on one key compute once; the others wait for it.
 */
@ApplicationScoped
public class ResponseCache {

    /** What a response depends on: the normalised query (with its representation) and the data version. */
    public record Key(String query, long version) {
    }

    @Inject
    HttpCacheConfig config;

    private AsyncCache<Key, CachedBody> cache;

    @PostConstruct
    void start() {
        long minWeight = Math.max(1, config.maxBytes() / Math.max(1, config.maxEntries()));
        cache = Caffeine.newBuilder()
                .maximumWeight(config.maxBytes())
                .weigher((Key k, CachedBody b) -> (int) Math.min(Integer.MAX_VALUE,
                        Math.max(minWeight, b.bytes().length + k.query().length())))
                .buildAsync();
    }

    /**
     * The body kept for the key, or the one {@code compute} makes now on the calling thread (which holds
     * the request's context). A failure is not kept: the next request tries again.
     */
    public CachedBody get(Key key, Supplier<CachedBody> compute) {
        CompletableFuture<CachedBody> mine = new CompletableFuture<>();
        CompletableFuture<CachedBody> existing = cache.asMap().putIfAbsent(key, mine);
        if (existing != null) {
            return join(existing);
        }
        try {
            CachedBody body = compute.get();
            mine.complete(body);
            if (body.bytes().length > config.maxEntryBytes()) {
                cache.asMap().remove(key, mine);
            }
            return body;
        } catch (RuntimeException | Error e) {
            cache.asMap().remove(key, mine);
            mine.completeExceptionally(new Failed(e));
            throw e;
        }
    }

    /** Entries kept now (for tests and diagnostics). */
    public long size() {
        return cache.synchronous().estimatedSize();
    }

    /** Runs pending evictions now rather than on a later access. */
    void cleanUp() {
        cache.synchronous().cleanUp();
    }

    private static CachedBody join(CompletableFuture<CachedBody> future) {
        try {
            return future.join();
        } catch (Failed f) {
            // The computing request's own error (400, 404, 503 …) is every waiter's answer too.
            if (f.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) f.getCause();
        }
    }

    /**
     * A failed computation, as the waiters see it. A cancellation because Caffeine logs every other failure
     * of a cached future as a WARN with its stack trace, and a 404 or a full bulkhead is no server fault.
     */
    static final class Failed extends CancellationException {
        Failed(Throwable cause) {
            super(cause.toString());
            initCause(cause);
        }
    }
}
