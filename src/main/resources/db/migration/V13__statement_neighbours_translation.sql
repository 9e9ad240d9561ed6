-- Issue 11: the confirmed statements that decided a proposal's topic or stance (the sentence model's
-- neighbours, JSON), and for a statement in another language its translation and the quote's language.
alter table statement add column neighbours varchar(4000);
alter table statement add column translation varchar(8000);
alter table statement add column quote_language varchar(16);
