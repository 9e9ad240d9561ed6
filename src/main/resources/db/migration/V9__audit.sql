-- Audit trail: one row per acknowledged write (who, when, from where, what). Written in the same transaction
-- as the write it describes, so neither survives a crash without the other. Portable SQL: H2 2.x and PostgreSQL 12+.
create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id          bigint                   not null primary key,
    at          timestamp with time zone not null,
    username    varchar(64)              not null,
    address     varchar(64),
    action      varchar(32)              not null,
    entity      varchar(32)              not null,
    entity_id   varchar(64),
    summary     varchar(1000)            not null,
    http_method varchar(8),
    http_path   varchar(300)
);
-- Newest first with keyset paging, filtered or not.
create index ix_audit_entry_at on audit_entry (at, id);
create index ix_audit_entry_user on audit_entry (username, at, id);
create index ix_audit_entry_entity on audit_entry (entity, at, id);

-- A restore commits in chunks; audit rows it copies from a backup get ids above this mark, so undoing a failed
-- restore deletes exactly those (the table is not required to be empty before a restore).
alter table restore_marker add column audit_after bigint;

-- Scheduled backups: the one row every instance locks (skip locked) before writing a backup, so that with
-- several instances on one database only one writes; last_written_at lets the others skip a slot already done.
create table backup_lock (
    id              integer                  not null primary key,
    last_written_at timestamp with time zone,
    last_file       varchar(300)
);
insert into backup_lock (id) values (1);
