-- Timeline, positions and shifts read data maintained on write, so a request costs the same at a thousand
-- statements as at millions. Only CONFIRMED statements count. Portable SQL: H2 2.x and PostgreSQL 12+.
-- org.stanceline.rollup.RollupSql holds the same fill statements for the rebuild.

-- Derived tables carry no foreign keys: on PostgreSQL a foreign-key check share-locks the referenced row,
-- and a writer holding a statement's row lock while waiting for rollup_lock could then deadlock.

-- One row, locked by every rollup write (single statements and rebuilds) for the rest of its transaction:
-- writers recompute from committed data one at a time, so concurrent reviews never leave a stale rollup.
create table rollup_lock (
    id integer not null primary key
);
insert into rollup_lock (id) values (1);

-- One row per topic, actor and day ('D'), week ('W', starting Monday) or month ('M') that holds at least one
-- confirmed statement. The bucket's last statement is the one with the greatest (said_on, id): it gives the
-- position at the bucket's end.
create table stance_rollup (
    topic_id          bigint  not null,
    actor_id          bigint  not null,
    bucket_kind       char(1) not null,
    bucket_start      date    not null,
    statement_count   integer not null,
    stance_sum        integer not null,
    stance_min        integer not null,
    stance_max        integer not null,
    intensity_max     integer not null,
    first_said_on     date    not null,
    last_statement_id bigint  not null,
    last_said_on      date    not null,
    last_stance       integer not null,
    last_intensity    integer not null,
    -- Bucket start before actor: H2 seeks an IN list of actors only on a leading column, so (topic, kind,
    -- start) bounds every read by the period and the topic's actors, never by the number of statements.
    primary key (topic_id, bucket_kind, bucket_start, actor_id),
    constraint ck_stance_rollup_kind check (bucket_kind in ('D', 'W', 'M'))
);

-- Consecutive confirmed statements of one actor on one topic (ordered by said_on, id) that are a shift:
-- the stance changes, or the intensity rises by at least one step. Keyed by the later statement.
create table stance_shift (
    statement_id      bigint  not null primary key,
    prev_statement_id bigint  not null,
    topic_id          bigint  not null,
    actor_id          bigint  not null,
    said_on           date    not null,
    stance_delta      integer not null,
    intensity_delta   integer not null
);
-- All actors newest first (stops after the limit); one actor's shifts in a period.
create index ix_stance_shift_topic_date on stance_shift (topic_id, said_on, statement_id);
create index ix_stance_shift_actor_date on stance_shift (topic_id, actor_id, said_on, statement_id);

insert into stance_rollup (topic_id, actor_id, bucket_kind, bucket_start, statement_count, stance_sum, stance_min,
                           stance_max, intensity_max, first_said_on, last_statement_id, last_said_on, last_stance,
                           last_intensity)
select topic_id, actor_id, 'D', b, n, ssum, smin, smax, imax, first_on, id, said_on, stance, intensity from (
    select s.topic_id, s.actor_id, s.said_on as b, s.id, s.said_on, s.stance, s.intensity,
           count(*) over (partition by s.topic_id, s.actor_id, s.said_on) as n,
           sum(s.stance) over (partition by s.topic_id, s.actor_id, s.said_on) as ssum,
           min(s.stance) over (partition by s.topic_id, s.actor_id, s.said_on) as smin,
           max(s.stance) over (partition by s.topic_id, s.actor_id, s.said_on) as smax,
           max(s.intensity) over (partition by s.topic_id, s.actor_id, s.said_on) as imax,
           min(s.said_on) over (partition by s.topic_id, s.actor_id, s.said_on) as first_on,
           row_number() over (partition by s.topic_id, s.actor_id, s.said_on order by s.said_on desc, s.id desc) as rn
    from statement s where s.status = 'CONFIRMED') x
where rn = 1;

insert into stance_rollup (topic_id, actor_id, bucket_kind, bucket_start, statement_count, stance_sum, stance_min,
                           stance_max, intensity_max, first_said_on, last_statement_id, last_said_on, last_stance,
                           last_intensity)
select topic_id, actor_id, 'W', b, n, ssum, smin, smax, imax, first_on, id, said_on, stance, intensity from (
    select s.topic_id, s.actor_id, s.said_week as b, s.id, s.said_on, s.stance, s.intensity,
           count(*) over (partition by s.topic_id, s.actor_id, s.said_week) as n,
           sum(s.stance) over (partition by s.topic_id, s.actor_id, s.said_week) as ssum,
           min(s.stance) over (partition by s.topic_id, s.actor_id, s.said_week) as smin,
           max(s.stance) over (partition by s.topic_id, s.actor_id, s.said_week) as smax,
           max(s.intensity) over (partition by s.topic_id, s.actor_id, s.said_week) as imax,
           min(s.said_on) over (partition by s.topic_id, s.actor_id, s.said_week) as first_on,
           row_number() over (partition by s.topic_id, s.actor_id, s.said_week order by s.said_on desc, s.id desc) as rn
    from statement s where s.status = 'CONFIRMED') x
where rn = 1;

insert into stance_rollup (topic_id, actor_id, bucket_kind, bucket_start, statement_count, stance_sum, stance_min,
                           stance_max, intensity_max, first_said_on, last_statement_id, last_said_on, last_stance,
                           last_intensity)
select topic_id, actor_id, 'M', b, n, ssum, smin, smax, imax, first_on, id, said_on, stance, intensity from (
    select s.topic_id, s.actor_id, s.said_month as b, s.id, s.said_on, s.stance, s.intensity,
           count(*) over (partition by s.topic_id, s.actor_id, s.said_month) as n,
           sum(s.stance) over (partition by s.topic_id, s.actor_id, s.said_month) as ssum,
           min(s.stance) over (partition by s.topic_id, s.actor_id, s.said_month) as smin,
           max(s.stance) over (partition by s.topic_id, s.actor_id, s.said_month) as smax,
           max(s.intensity) over (partition by s.topic_id, s.actor_id, s.said_month) as imax,
           min(s.said_on) over (partition by s.topic_id, s.actor_id, s.said_month) as first_on,
           row_number() over (partition by s.topic_id, s.actor_id, s.said_month order by s.said_on desc, s.id desc) as rn
    from statement s where s.status = 'CONFIRMED') x
where rn = 1;

insert into stance_shift (statement_id, prev_statement_id, topic_id, actor_id, said_on, stance_delta, intensity_delta)
select id, prev_id, topic_id, actor_id, said_on, stance - prev_stance, intensity - prev_intensity from (
    select s.id, s.topic_id, s.actor_id, s.said_on, s.stance, s.intensity,
           lag(s.id) over (partition by s.topic_id, s.actor_id order by s.said_on, s.id) as prev_id,
           lag(s.stance) over (partition by s.topic_id, s.actor_id order by s.said_on, s.id) as prev_stance,
           lag(s.intensity) over (partition by s.topic_id, s.actor_id order by s.said_on, s.id) as prev_intensity
    from statement s where s.status = 'CONFIRMED') x
where prev_id is not null and (stance <> prev_stance or intensity >= prev_intensity + 1);
