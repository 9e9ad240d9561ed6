-- Statement list and search at scale, H2 flavour (the PostgreSQL one is in db/vendor/postgresql).
--
-- The list is read newest first within a topic and status: these indexes hold the sort key and the id, so a
-- page is read from the index in order (H2 only walks an index in its declared direction, hence DESC), and
-- the keyset cursor (said_on, id) is an index range.
create index ix_statement_topic_status_date on statement (topic_id, status, said_on desc, id desc);
create index ix_statement_status_date on statement (status, said_on desc, id desc);
drop index if exists ix_statement_topic_date;

-- Full-text index of quotes: one row per distinct word (lower case, letters and digits) of a statement's
-- quote, maintained by the application on every write (an edit deletes the old quote's words by key) and
-- rebuilt after bulk loads (H2WordIndex).
-- H2's own FullText (FT_CREATE_INDEX) keeps words alike, but its triggers took 52 s per 200,000 inserts here
-- and FT_SEARCH_DATA answers ~13 µs per hit through a per-row key parser (over a second for a common word at
-- a million statements); this table is joined by primary key instead.
create table statement_word (
    word         varchar(64) not null,
    statement_id bigint      not null,
    primary key (word, statement_id)
);
