-- A chart's "data as of" is the day of the latest change to its topic's statements: read from the end of this
-- index (one row), not by scanning the topic's statements, which at a million took seconds per chart.
create index ix_statement_topic_updated on statement (topic_id, updated_at);
