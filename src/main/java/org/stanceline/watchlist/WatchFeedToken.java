package org.stanceline.watchlist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The secret part of an account's personal feed address; one per account, replaced when rotated. */
@Entity
@Table(name = "watch_feed_token")
public class WatchFeedToken extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public Long accountId;

    @Column(nullable = false, length = 64)
    public String token;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
