package org.stanceline.webhook;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends due deliveries: a poll every {@code stanceline.webhooks.poll-every} claims a batch, sends them in parallel
 * with Standard Webhooks headers, and records each outcome. Redirects are not followed (one could lead back to
 * this server). Delivery is at least once: a crash between a receiver's 2xx and its recording sends the message
 * again, with the same webhook-id.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookConfig config;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Scheduled(identity = "webhook-outbox", every = "${stanceline.webhooks.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.send()) {
            return;
        }
        try {
            sendDue();
        } catch (RuntimeException e) {
            // Logged, not thrown: the deliveries stay in the outbox and the next poll tries again.
            LOG.errorf(e, "Webhook poll failed");
        }
    }

    /** Sends every delivery due now; returns how many were attempted. */
    public int sendDue() {
        List<WebhookOutbox.Claimed> claimed = outbox.claimDue(Instant.now());
        CompletableFuture.allOf(claimed.stream().map(this::send).toArray(CompletableFuture[]::new)).join();
        return claimed.size();
    }

    private CompletableFuture<Void> send(WebhookOutbox.Claimed c) {
        long started = System.nanoTime();
        Instant at = Instant.now();
        long timestamp = at.getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(c.url())).timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Stanceline-Webhooks/1")
                    .header("webhook-id", c.messageId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(c.secret(), c.messageId(), timestamp, c.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(c.payload())).build();
        } catch (RuntimeException e) {
            outbox.record(c, null, e.getMessage(), 0, at);
            return CompletableFuture.completedFuture(null);
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    if (failure != null) {
                        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                        outbox.record(c, null, cause.getClass().getSimpleName() + ": " + cause.getMessage(), ms, at);
                    } else {
                        outbox.record(c, response.statusCode(), null, ms, at);
                    }
                    return null;
                });
    }
}
