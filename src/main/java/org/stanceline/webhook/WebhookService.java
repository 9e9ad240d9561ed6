package org.stanceline.webhook;

import org.stanceline.kernel.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.stanceline.audit.AuditLog;
import org.stanceline.reference.ReferenceService;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Registering, listing and removing subscriptions; the delivery log and redelivery. */
@ApplicationScoped
public class WebhookService {

    static final Set<String> KINDS = Set.of(WebhookEvents.SHIFT, WebhookEvents.STATEMENT);

    @Inject
    WebhookTargets targets;

    @Inject
    ReferenceService references;

    @Inject
    WebhookConfig config;

    @Inject
    AuditLog audit;

    @Transactional
    public WebhookViews.Subscription register(WebhookInput input, URI requestBase, String user) {
        if (input == null) {
            throw WebhookTargets.invalid("url", "A JSON body with at least 'url' and 'secret' is required");
        }
        URI url = targets.check(input.url(), requestBase);
        if (input.secret() == null || WebhookSignature.key(input.secret()) == null) {
            throw WebhookTargets.invalid("secret", "Field 'secret' must be whsec_ followed by base64 of "
                    + WebhookSignature.MIN_KEY_BYTES + " to " + WebhookSignature.MAX_KEY_BYTES + " random bytes");
        }
        WebhookSubscription s = new WebhookSubscription();
        s.url = url.toString();
        s.secret = input.secret();
        if (input.topic() != null) {
            s.topic = references.requireTopic(input.topic()).slug;
        }
        if (input.actors() != null && !input.actors().isEmpty()) {
            s.actors = references.requireActors(input.actors()).stream().map(a -> a.slug).distinct()
                    .collect(Collectors.joining(","));
        }
        s.kinds = String.join(",", kinds(input.kinds()));
        if (input.minIntensity() != null && (input.minIntensity() < 0 || input.minIntensity() > 3)) {
            throw WebhookTargets.invalid("minIntensity", "Field 'minIntensity' must be 0 to 3; got " + input.minIntensity());
        }
        s.minIntensity = input.minIntensity();
        s.createdBy = user;
        s.createdAt = Instant.now();
        s.persist();
        audit.record(user, AuditLog.CREATE, "webhook", s.id, "to " + url.getHost() + " for "
                + (s.topic == null ? "every topic" : s.topic) + ", kinds " + s.kinds);
        return WebhookViews.Subscription.of(s);
    }

    private static Set<String> kinds(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return new LinkedHashSet<>(List.of(WebhookEvents.SHIFT, WebhookEvents.STATEMENT));
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (String k : requested) {
            if (k == null || !KINDS.contains(k)) {
                throw WebhookTargets.invalid("kinds", "Field 'kinds' holds shift and/or statement; got '" + k + "'");
            }
            kinds.add(k);
        }
        return kinds;
    }

    @Transactional(SUPPORTS)
    public List<WebhookViews.Subscription> list() {
        return WebhookSubscription.<WebhookSubscription>list("order by id").stream()
                .map(WebhookViews.Subscription::of).toList();
    }

    /** Removes the subscription with its outbox rows and their log: nothing more is sent to it. */
    @Transactional
    public void delete(long id, String user) {
        WebhookSubscription s = require(id);
        WebhookAttempt.delete("deliveryId in (select d.id from WebhookDelivery d where d.subscriptionId = ?1)", id);
        WebhookDelivery.delete("subscriptionId", id);
        s.delete();
        audit.record(user, AuditLog.DELETE, "webhook", id, "to " + URI.create(s.url).getHost());
    }

    /** The newest deliveries of a subscription, each with its attempts (two queries whatever the count). */
    @Transactional(SUPPORTS)
    public WebhookViews.Deliveries deliveries(long subscriptionId) {
        require(subscriptionId);
        List<WebhookDelivery> deliveries = WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 order by id desc",
                subscriptionId).page(0, config.logSize()).list();
        Map<Long, List<WebhookViews.Attempt>> attempts = deliveries.isEmpty() ? Map.of()
                : WebhookAttempt.<WebhookAttempt>list("deliveryId in ?1 order by id",
                        deliveries.stream().map(d -> d.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId, Collectors.mapping(
                        a -> new WebhookViews.Attempt(a.at, a.httpStatus, a.error, a.durationMs), Collectors.toList())));
        return new WebhookViews.Deliveries(subscriptionId, deliveries.stream()
                .map(d -> view(d, attempts.getOrDefault(d.id, List.of()))).toList());
    }

    /** Sends a delivery again (same webhook-id and body) at the next poll, with a fresh set of attempts. */
    @Transactional
    public WebhookViews.Delivery redeliver(long subscriptionId, long deliveryId, String user) {
        require(subscriptionId);
        WebhookDelivery d = WebhookDelivery.<WebhookDelivery>findByIdOptional(deliveryId)
                .filter(x -> x.subscriptionId == subscriptionId)
                .orElseThrow(() -> new NotFound("Subscription " + subscriptionId + " has no delivery "
                        + deliveryId));
        d.status = WebhookDelivery.Status.PENDING;
        d.attempts = 0;
        d.nextAttemptAt = Instant.now();
        d.leaseUntil = null;
        d.claimedBy = null;
        audit.record(user, AuditLog.UPDATE, "webhook", subscriptionId, "redeliver " + d.messageId);
        return view(d, List.of());
    }

    private static WebhookSubscription require(long id) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("Unknown webhook subscription " + id));
    }

    private static WebhookViews.Delivery view(WebhookDelivery d, List<WebhookViews.Attempt> log) {
        return new WebhookViews.Delivery(d.id, d.messageId, d.eventType, d.statementId, d.status.name().toLowerCase(),
                d.attempts, d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null, d.lastStatus,
                d.lastError, d.createdAt, d.deliveredAt, log);
    }
}
