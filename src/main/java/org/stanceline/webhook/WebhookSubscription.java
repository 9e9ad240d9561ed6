package org.stanceline.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Where to send which confirmations, and the secret that signs them. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
    @SequenceGenerator(name = "webhook_subscription_seq", sequenceName = "webhook_subscription_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 2000)
    public String url;

    /** As registered ({@code whsec_} and base64); never listed. */
    @Column(nullable = false, length = 200)
    public String secret;

    /** Topic key; null for every topic. */
    @Column(length = 100)
    public String topic;

    /** Comma-separated actor keys; null for every actor. */
    @Column(length = 2000)
    public String actors;

    /** Comma-separated subset of shift, statement. */
    @Column(nullable = false, length = 100)
    public String kinds;

    @Column(name = "min_intensity")
    public Integer minIntensity;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    List<String> actorList() {
        return actors == null ? List.of() : Arrays.asList(actors.split(","));
    }

    List<String> kindList() {
        return Arrays.asList(kinds.split(","));
    }
}
