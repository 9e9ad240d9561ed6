-- The digest of the corpus files last loaded into this database: a start-up with unchanged files skips
-- reading and checking them (a restart stays fast whatever the size of the database).
create table corpus_fingerprint (
    id          integer      not null primary key,
    digest      varchar(64)  not null,
    loaded_at   timestamp    not null,
    constraint ck_corpus_fingerprint_single check (id = 1)
);
