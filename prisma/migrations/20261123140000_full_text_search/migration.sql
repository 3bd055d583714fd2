-- Full-text search (issue 5, item 8): GIN indexes on the very expressions the search endpoint
-- matches with @@, so PostgreSQL answers from the index instead of parsing every row's text.
-- Expression indexes rather than generated tsvector columns: the model (schema.prisma) stays as it is.
-- The 'english' configuration is written as a constant: to_tsvector(regconfig, text) is immutable only then.
-- apps/api/src/search/search-vectors.ts holds the same expressions; the two must stay identical.

-- Resolutions: symbol and title.
CREATE INDEX "resolution_search_idx" ON "resolution"
  USING GIN (to_tsvector('english'::regconfig, "symbol" || ' ' || "title"));

-- Paragraphs: their text.
CREATE INDEX "paragraph_search_idx" ON "paragraph"
  USING GIN (to_tsvector('english'::regconfig, "text"));

-- Obligations: the clause quoted, the actor and the agenda item title.
CREATE INDEX "obligation_search_idx" ON "obligation"
  USING GIN (to_tsvector('english'::regconfig, "quote" || ' ' || "actor" || ' ' || coalesce("agenda_item_title", '')));
