-- Webhooks (org.stanceline.webhook): subscriptions, an outbox of deliveries written in the same transaction as the
-- confirmation that caused them, and a log of every attempt to send one. Portable SQL: H2 2.x and PostgreSQL 12+.
create sequence webhook_subscription_seq start with 1 increment by 50;
create sequence webhook_delivery_seq start with 1 increment by 50;
create sequence webhook_attempt_seq start with 1 increment by 50;

-- Filters: null topic or actors = every one; kinds is a comma-separated subset of shift,statement.
create table webhook_subscription (
    id            bigint                   not null primary key,
    url           varchar(2000)            not null,
    secret        varchar(200)             not null,
    topic         varchar(100),
    actors        varchar(2000),
    kinds         varchar(100)             not null,
    min_intensity integer,
    created_by    varchar(64)              not null,
    created_at    timestamp with time zone not null
);

-- One message for one subscription. message_id is the webhook-id header: the same on every retry and redelivery.
-- The payload is fixed when the row is written, so a retry sends the same body. A sender claims due rows by
-- setting lease_until and its own claimed_by token; a row whose lease ran out (its sender died) is due again.
create table webhook_delivery (
    id              bigint                   not null primary key,
    subscription_id bigint                   not null,
    message_id      varchar(64)              not null unique,
    event_type      varchar(40)              not null,
    statement_id    bigint                   not null,
    payload         text                     not null,
    status          varchar(16)              not null,
    attempts        integer                  not null,
    next_attempt_at timestamp with time zone not null,
    lease_until     timestamp with time zone,
    claimed_by      varchar(64),
    last_status     integer,
    last_error      varchar(1000),
    created_at      timestamp with time zone not null,
    delivered_at    timestamp with time zone,
    constraint ck_webhook_delivery_status check (status in ('PENDING', 'DELIVERED', 'FAILED'))
);
create index ix_webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index ix_webhook_delivery_subscription on webhook_delivery (subscription_id, id);

create table webhook_attempt (
    id           bigint                   not null primary key,
    delivery_id  bigint                   not null,
    at           timestamp with time zone not null,
    http_status  integer,
    error        varchar(1000),
    duration_ms  bigint                   not null
);
create index ix_webhook_attempt_delivery on webhook_attempt (delivery_id, id);
