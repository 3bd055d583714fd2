-- The obligations list's words filter (`q`, issue 5, item 9). Each word was three ILIKEs (quote, actor, agenda item
-- title). Under PostgreSQL's C.UTF-8 and other libc locales ILIKE lowercases both sides character by character on
-- every call, and the planner makes some 200 such calls per word on the quote column's statistics before it runs
-- the query: with 20 clients the database spent ~2.5 ms of CPU per request, twice the rest of the API's work.
-- The words are now matched with a case-sensitive LIKE against one column lowercased once, when a row is written
-- (pgbench, one words page, 10 clients: 1,200 -> 5,300 statements/s; docs/performance.md, Lists).

-- Newlines keep a word from matching across two fields: the filter's words never contain whitespace.
ALTER TABLE "obligation" ADD COLUMN "search_words" text
  GENERATED ALWAYS AS (lower("quote" || E'\n' || "actor" || E'\n' || coalesce("agenda_item_title", ''))) STORED;

-- Trigram index for LIKE '%word%' (the count, and pages of rare words). The quote and agenda item title indexes
-- served only the old filter; actor's still serves the actor filter.
CREATE INDEX "obligation_search_words_trgm_idx" ON "obligation" USING GIN ("search_words" gin_trgm_ops);
DROP INDEX "obligation_quote_trgm_idx";
DROP INDEX "obligation_agenda_item_title_trgm_idx";
