-- A briefing quotes the period's strongest statements (intensity, then |stance|, then newest). Over a whole record
-- at a million statements, sorting the period's rows took seconds: this index holds each strength class's
-- statements by date, with the actor so that a chosen set of actors is filtered without reading the rows.
create index ix_statement_strength on statement (topic_id, status, intensity, stance, said_on, actor_id);
