-- Statement list and search at scale, PostgreSQL flavour (the H2 one is in db/vendor/h2).
--
-- The list is read newest first within a topic and status: these indexes hold the sort key and the id, so a
-- page is read from the index in order (backwards for newest first) and the keyset cursor is an index range.
create index ix_statement_topic_status_date on statement (topic_id, status, said_on, id);
create index ix_statement_status_date on statement (status, said_on, id);
drop index if exists ix_statement_topic_date;

-- Full-text search of quotes: the 'simple' configuration lower-cases and splits words without stemming or
-- stop words, which suits mostly-English quotes full of names. Stored, so rechecks read it instead of
-- parsing the quote again; generated, so every insert path (API, ingest, corpus, restore, plain SQL) keeps it.
alter table statement add column quote_tsv tsvector generated always as (to_tsvector('simple', quote)) stored;
create index ix_statement_quote_tsv on statement using gin (quote_tsv);
