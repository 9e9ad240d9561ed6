-- Watch lists (org.stanceline.watchlist): the questions (topic) and capitals (actor) each account watches, and
-- the unguessable token of its personal Atom feed. Topic and actor are stored by key, without foreign keys, like
-- webhook_subscription: a restore that is undone empties topic and actor, and must not be blocked by a watch
-- (a watch of a key that no longer exists is left out of the feed). Portable SQL: H2 2.x and PostgreSQL 12+.
create sequence user_watch_seq start with 1 increment by 50;

-- Exactly one of topic and actor. NULLs are distinct in unique constraints on both databases, so each unique
-- constraint only holds among the rows of its own kind.
create table user_watch (
    id         bigint                   not null primary key,
    account_id bigint                   not null references account (id),
    topic      varchar(64),
    actor      varchar(64),
    created_at timestamp with time zone not null,
    constraint ck_user_watch_one_kind check ((topic is null and actor is not null) or (topic is not null and actor is null)),
    constraint uk_user_watch_topic unique (account_id, topic),
    constraint uk_user_watch_actor unique (account_id, actor)
);

-- The token is the feed's only credential (a feed reader sends no session), so it is random and unique, and a
-- new one replaces the old one when the owner rotates it.
create table watch_feed_token (
    account_id bigint                   not null primary key references account (id),
    token      varchar(64)              not null,
    created_at timestamp with time zone not null,
    constraint uk_watch_feed_token unique (token)
);
