package org.stanceline.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

/**
 * The outbox's state changes, each in its own short transaction so that no transaction stays open across a send:
 * claiming due deliveries under a lease, and recording each attempt's outcome as soon as it is known.
 */
@ApplicationScoped
public class WebhookOutbox {

    /** A claimed delivery with what its send needs. */
    public record Claimed(long id, String messageId, String payload, int attempts, String url, String secret,
                          String token) {
    }

    @Inject
    EntityManager em;

    @Inject
    WebhookConfig config;

    /**
     * Leases up to a batch of due deliveries to a new token. The lease update re-checks that each row is still
     * unleased, so two instances polling one database (PostgreSQL re-evaluates the condition after waiting for the
     * other's row lock) never both claim a row.
     */
    @Transactional(REQUIRES_NEW)
    public List<Claimed> claimDue(Instant now) {
        List<Long> due = em.createQuery("select d.id from WebhookDelivery d where d.status = :pending "
                        + "and d.nextAttemptAt <= :now and (d.leaseUntil is null or d.leaseUntil < :now) "
                        + "order by d.nextAttemptAt, d.id", Long.class)
                .setParameter("pending", WebhookDelivery.Status.PENDING).setParameter("now", now)
                .setMaxResults(config.batchSize()).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        em.createQuery("update WebhookDelivery d set d.leaseUntil = :until, d.claimedBy = :token where d.id in :ids "
                        + "and d.status = :pending and (d.leaseUntil is null or d.leaseUntil < :now)")
                .setParameter("until", now.plus(config.lease())).setParameter("token", token)
                .setParameter("ids", due).setParameter("pending", WebhookDelivery.Status.PENDING)
                .setParameter("now", now).executeUpdate();
        return em.createQuery("select new org.stanceline.webhook.WebhookOutbox$Claimed(d.id, d.messageId, d.payload, "
                        + "d.attempts, s.url, s.secret, d.claimedBy) from WebhookDelivery d, WebhookSubscription s "
                        + "where s.id = d.subscriptionId and d.claimedBy = :token order by d.id", Claimed.class)
                .setParameter("token", token).getResultList();
    }

    /**
     * Logs the attempt and moves the delivery on: delivered on a 2xx, else due again after the backoff, or failed
     * once its attempts are used up. Only while this poll still holds the claim (a redelivery resets it).
     */
    @Transactional(REQUIRES_NEW)
    public void record(Claimed claimed, Integer httpStatus, String error, long durationMs, Instant at) {
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = claimed.id();
        attempt.at = at;
        attempt.httpStatus = httpStatus;
        attempt.error = error == null || error.length() <= 1000 ? error : error.substring(0, 999) + "…";
        attempt.durationMs = durationMs;
        attempt.persist();
        WebhookDelivery d = WebhookDelivery.findById(claimed.id());
        if (d == null || !claimed.token().equals(d.claimedBy)) {
            return;
        }
        d.attempts++;
        d.lastStatus = httpStatus;
        d.lastError = attempt.error;
        d.leaseUntil = null;
        d.claimedBy = null;
        if (httpStatus != null && httpStatus >= 200 && httpStatus < 300) {
            d.status = WebhookDelivery.Status.DELIVERED;
            d.deliveredAt = at;
        } else if (d.attempts >= config.maxAttempts()) {
            d.status = WebhookDelivery.Status.FAILED;
        } else {
            d.nextAttemptAt = at.plus(backoff(d.attempts, config.initialBackoff(), config.maxBackoff()));
        }
    }

    /** The wait after the n-th failed attempt: initial × 2^(n−1), at most max. */
    static Duration backoff(int failedAttempts, Duration initial, Duration max) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
