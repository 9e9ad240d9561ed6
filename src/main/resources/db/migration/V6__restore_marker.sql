-- A restore writes in committed chunks (one huge transaction costs H2 its undo log: minutes to commit and
-- many GB of file). This row exists from the restore's start until its last transaction commits; a restore
-- that fails, or finds the row at start-up after a crash, deletes everything the restore wrote (it only
-- restores into an empty database) and then the row. Portable SQL: H2 2.x and PostgreSQL 12+.
create table restore_marker (
    id         integer     not null primary key,
    started_at timestamp   not null,
    started_by varchar(64) not null
);
