package org.stanceline.watchlist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One question (topic) or one capital (actor) that an account watches: exactly one of the two keys is set. */
@Entity
@Table(name = "user_watch")
public class Watch extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_watch_seq")
    @SequenceGenerator(name = "user_watch_seq", sequenceName = "user_watch_seq", allocationSize = 50)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(length = 64)
    public String topic;

    @Column(length = 64)
    public String actor;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
