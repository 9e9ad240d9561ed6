package org.stanceline.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.stanceline.statement.StatementChanged;
import org.stanceline.watch.ShiftItem;
import org.stanceline.watch.StatementItem;
import org.stanceline.watch.StatementItems;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes the outbox: when a statement becomes confirmed, one delivery per matching subscription, in the confirming
 * transaction (a rollback takes the deliveries with it, a commit makes them durable with the confirmation). It
 * observes after the rollup maintainer (default priority), so the shift the confirmation made is already in
 * stance_shift.
 */
@ApplicationScoped
public class WebhookEvents {

    public static final String SHIFT = "shift";
    public static final String STATEMENT = "statement";
    static final String SHIFT_TYPE = "stance.shift";
    static final String STATEMENT_TYPE = "statement.confirmed";

    /** The message body, in the Standard Webhooks shape {type, timestamp, data}. */
    public record Payload(String type, Instant timestamp, Data data) {
    }

    public record Data(StatementItem statement, ShiftItem shift) {
    }

    @Inject
    StatementItems items;

    @Inject
    ObjectMapper json;

    void onStatementChanged(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StatementChanged change) {
        boolean wasConfirmed = change.before() != null && change.before().confirmed();
        if (wasConfirmed || !change.after().confirmed()) {
            return;
        }
        List<WebhookSubscription> subscriptions = WebhookSubscription.listAll();
        if (subscriptions.isEmpty()) {
            return;
        }
        long id = change.statementId();
        StatementItem statement = items.byId(List.of(id)).get(id);
        ShiftItem shift = items.shiftsEndingAt(List.of(id)).get(id);
        Instant now = Instant.now();
        String type = shift == null ? STATEMENT_TYPE : SHIFT_TYPE;
        String body = serialize(new Payload(type, now, new Data(statement, shift)));
        for (WebhookSubscription s : subscriptions) {
            if (matches(s, statement, shift != null)) {
                WebhookDelivery d = new WebhookDelivery();
                d.subscriptionId = s.id;
                d.messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
                d.eventType = type;
                d.statementId = id;
                d.payload = body;
                d.status = WebhookDelivery.Status.PENDING;
                d.attempts = 0;
                d.nextAttemptAt = now;
                d.createdAt = now;
                d.persist();
            }
        }
    }

    /** Every filter set on the subscription holds; a shift is also a newly confirmed statement. */
    static boolean matches(WebhookSubscription s, StatementItem statement, boolean isShift) {
        List<String> kinds = s.kindList();
        return (kinds.contains(STATEMENT) || (isShift && kinds.contains(SHIFT)))
                && (s.topic == null || s.topic.equals(statement.topic()))
                && (s.actors == null || s.actorList().contains(statement.actor()))
                && (s.minIntensity == null || statement.intensity() >= s.minIntensity);
    }

    private String serialize(Payload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
