-- Review history of statements: every proposal, edit, confirmation and rejection, with who, when,
-- and the statement before and after (JSON text). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.

create sequence statement_revision_seq start with 1 increment by 50;

create table statement_revision (
    id           bigint       not null primary key,
    statement_id bigint       not null references statement (id),
    revision     integer      not null,
    action       varchar(16)  not null,
    changed_by   varchar(64)  not null,
    changed_at   timestamp    not null,
    before_state text,
    after_state  text         not null,
    constraint uk_statement_revision unique (statement_id, revision),
    constraint ck_statement_revision_action check (action in ('CREATED', 'PROPOSED', 'EDITED', 'CONFIRMED', 'REJECTED'))
);
create index ix_statement_revision_statement on statement_revision (statement_id, revision);
