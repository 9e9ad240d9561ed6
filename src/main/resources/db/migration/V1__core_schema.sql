-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
-- Sequences step by 50 so Hibernate can hand out ids in blocks (bulk loads stay fast).

create sequence topic_seq start with 1 increment by 50;
create sequence actor_seq start with 1 increment by 50;
create sequence speaker_seq start with 1 increment by 50;
create sequence source_seq start with 1 increment by 50;
create sequence statement_seq start with 1 increment by 50;
create sequence event_seq start with 1 increment by 50;

create table topic (
    id            bigint       not null primary key,
    slug          varchar(64)  not null,
    question      varchar(1000) not null,
    description   varchar(4000),
    label_m2      varchar(64)  not null,
    label_m1      varchar(64)  not null,
    label_0       varchar(64)  not null,
    label_p1      varchar(64)  not null,
    label_p2      varchar(64)  not null,
    display_order integer      not null,
    constraint uk_topic_slug unique (slug)
);

create table actor (
    id            bigint       not null primary key,
    slug          varchar(64)  not null,
    name          varchar(200) not null,
    country       varchar(200) not null,
    colour        varchar(7)   not null,
    display_order integer      not null,
    constraint uk_actor_slug unique (slug)
);

create table speaker (
    id          bigint       not null primary key,
    slug        varchar(64)  not null,
    name        varchar(200) not null,
    role_title  varchar(300),
    actor_id    bigint       not null references actor (id),
    active_from date,
    active_to   date,
    constraint uk_speaker_slug unique (slug)
);
create index ix_speaker_actor on speaker (actor_id);

create table speaker_alias (
    speaker_id bigint       not null references speaker (id),
    alias      varchar(200) not null,
    position   integer      not null,
    primary key (speaker_id, position)
);

create table speaker_role_phrase (
    speaker_id bigint       not null references speaker (id),
    phrase     varchar(300) not null,
    position   integer      not null,
    primary key (speaker_id, position)
);

create table source (
    id                  bigint        not null primary key,
    slug                varchar(128),
    title               varchar(500)  not null,
    outlet              varchar(300),
    url                 varchar(2000),
    published_on        date,
    published_precision varchar(8),
    published_inferred  boolean       not null,
    inferred_reason     varchar(2000),
    language            varchar(16),
    body_text           text          not null,
    content_hash        varchar(64)   not null,
    created_at          timestamp     not null,
    created_by          varchar(64)   not null,
    constraint uk_source_hash unique (content_hash),
    constraint uk_source_slug unique (slug)
);

create table statement (
    id             bigint        not null primary key,
    slug           varchar(128),
    source_id      bigint        not null references source (id),
    speaker_id     bigint        not null references speaker (id),
    actor_id       bigint        not null references actor (id),
    topic_id       bigint        not null references topic (id),
    said_on        date          not null,
    said_precision varchar(8)    not null,
    said_week      date          not null,
    said_month     date          not null,
    date_note      varchar(1000),
    quote          varchar(8000) not null,
    verbatim       boolean       not null,
    span_start     integer       not null,
    span_end       integer       not null,
    stance         integer       not null,
    intensity      integer       not null,
    cues           varchar(2000),
    confidence     double precision not null,
    status         varchar(16)   not null,
    coder          varchar(64)   not null,
    note           varchar(2000),
    created_at     timestamp     not null,
    updated_at     timestamp     not null,
    constraint uk_statement_slug unique (slug),
    constraint ck_statement_stance check (stance between -2 and 2),
    constraint ck_statement_intensity check (intensity between 0 and 3),
    constraint ck_statement_span check (span_start >= 0 and span_end > span_start),
    constraint ck_statement_status check (status in ('PROPOSED', 'CONFIRMED', 'REJECTED'))
);
-- The timeline and shifts filter by topic, status, actor and date; the list also by speaker and source.
create index ix_statement_timeline on statement (topic_id, status, actor_id, said_on, id);
create index ix_statement_topic_date on statement (topic_id, status, said_on);
create index ix_statement_speaker on statement (speaker_id, said_on);
create index ix_statement_source on statement (source_id, span_start);
create index ix_statement_actor_date on statement (actor_id, said_on);

create table event (
    id        bigint        not null primary key,
    slug      varchar(128)  not null,
    starts_on date          not null,
    ends_on   date,
    label     varchar(500)  not null,
    kind      varchar(32)   not null,
    source_id bigint references source (id),
    url       varchar(2000),
    constraint uk_event_slug unique (slug)
);
create index ix_event_start on event (starts_on);
