package org.stanceline.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Outgoing webhooks: how often the outbox is polled, how deliveries are retried, how long a send may take. */
@ConfigMapping(prefix = "stanceline.webhooks")
public interface WebhookConfig {

    /** Whether this instance sends due deliveries; an instance with false still writes them to the outbox. */
    @WithDefault("true")
    boolean send();

    /** Interval between polls of the outbox, e.g. {@code 5s}. */
    @WithDefault("5s")
    String pollEvery();

    /** Deliveries claimed by one poll. */
    @WithDefault("50")
    int batchSize();

    /** Attempts before a delivery is marked failed (an admin can still redeliver it). */
    @WithDefault("8")
    int maxAttempts();

    /** Wait before the second attempt; each further wait doubles, up to {@link #maxBackoff()}. */
    @WithDefault("PT10S")
    Duration initialBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** Connect and whole-request timeout of one attempt. */
    @WithDefault("PT10S")
    Duration timeout();

    /**
     * How long a claimed delivery is reserved for its sender; after that (the sender died mid-send) another
     * poll sends it again. Must exceed {@link #timeout()}.
     */
    @WithDefault("PT2M")
    Duration lease();

    /** Deliveries listed per subscription by the delivery log, newest first. */
    @WithDefault("100")
    int logSize();
}
