package org.stanceline.webhook;

import java.time.Instant;
import java.util.List;

/** API shapes of subscriptions and their delivery log. The secret is never shown. */
public final class WebhookViews {

    private WebhookViews() {
    }

    public record Subscription(long id, String url, String topic, List<String> actors, List<String> kinds,
                               Integer minIntensity, String createdBy, Instant createdAt) {

        static Subscription of(WebhookSubscription s) {
            return new Subscription(s.id, s.url, s.topic, s.actorList(), s.kindList(), s.minIntensity, s.createdBy,
                    s.createdAt);
        }
    }

    public record Delivery(long id, String messageId, String type, long statementId, String status, int attempts,
                           Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt,
                           Instant deliveredAt, List<Attempt> log) {
    }

    public record Attempt(Instant at, Integer status, String error, long durationMs) {
    }

    public record Deliveries(long subscription, List<Delivery> items) {
    }
}
