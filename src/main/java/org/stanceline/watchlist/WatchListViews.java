package org.stanceline.watchlist;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of {@code /api/me/watches}. */
public final class WatchListViews {

    public static final String TOPIC = "topic";
    public static final String ACTOR = "actor";

    private WatchListViews() {
    }

    /** Exactly one of the two: a topic key or an actor key. */
    public record WatchInput(String topic, String actor) {
    }

    /** kind is topic or actor; key its key; name the question or the capital's name (null once it is gone). */
    public record WatchView(long id, String kind, String key, String name, Instant createdAt) {
    }

    /**
     * The account's watches, its personal feed (path and absolute address on the public URL; both null until the
     * first watch creates the token) and the webhook address an admin registers push alerts at.
     */
    public record WatchList(String user, String feedPath, String feedUrl, String webhooks, List<WatchView> watches) {
    }
}
