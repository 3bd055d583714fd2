-- Full-text search (issue 5, item 8) reads stored tsvectors instead of indexed expressions.
-- With expression indexes (20261123140000_full_text_search) PostgreSQL had to parse the text again for every
-- matching row, to recheck phrases and to rank: a common word over 100,000 obligations took seconds. A generated
-- column is parsed once, when the row is written, and kept up to date by PostgreSQL itself.
-- schema.prisma declares the columns as Unsupported("tsvector")?: Prisma Client neither reads nor writes them.
-- apps/api/src/search/search-vectors.ts names these columns.

DROP INDEX "resolution_search_idx";
DROP INDEX "paragraph_search_idx";
DROP INDEX "obligation_search_idx";

-- Resolutions: symbol and title.
ALTER TABLE "resolution" ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "symbol" || ' ' || "title")) STORED;
CREATE INDEX "resolution_search_vector_idx" ON "resolution" USING GIN ("search_vector");

-- Paragraphs: their text.
ALTER TABLE "paragraph" ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "text")) STORED;
CREATE INDEX "paragraph_search_vector_idx" ON "paragraph" USING GIN ("search_vector");

-- Obligations: the clause quoted, the actor and the agenda item title.
ALTER TABLE "obligation" ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "quote" || ' ' || "actor" || ' ' || coalesce("agenda_item_title", ''))) STORED;
CREATE INDEX "obligation_search_vector_idx" ON "obligation" USING GIN ("search_vector");
