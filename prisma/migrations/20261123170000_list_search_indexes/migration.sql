-- The other lists and the words filters (issue 5, item 9: p95 <= 50 ms under 20 clients with 100,000 obligations).
-- EXPLAIN ANALYZE in `npm run bench:lists -w @mandate-tracker/api -- --explain 1` with 20,000 documents showed the
-- documents list sorting the whole table for its default order and every words filter (`q`, and the obligations'
-- actor) reading every row: Prisma's case-insensitive `contains` sends ILIKE '%word%', which a b-tree cannot answer.

-- The documents list's default sort, ORDER BY created_at DESC, id ASC.
-- CreateIndex
CREATE INDEX "document_created_at_id_idx" ON "document"("created_at" DESC, "id");

-- Trigram indexes answer ILIKE '%word%' for words of three letters or more (pg_trgm is created by 20261123153000).
-- Prisma declares no operator classes without a preview feature, so these live in this file only.
CREATE INDEX "document_symbol_trgm_idx" ON "document" USING GIN ("symbol" gin_trgm_ops);
CREATE INDEX "document_title_trgm_idx" ON "document" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "resolution_symbol_trgm_idx" ON "resolution" USING GIN ("symbol" gin_trgm_ops);
CREATE INDEX "resolution_title_trgm_idx" ON "resolution" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "obligation_quote_trgm_idx" ON "obligation" USING GIN ("quote" gin_trgm_ops);
CREATE INDEX "obligation_actor_trgm_idx" ON "obligation" USING GIN ("actor" gin_trgm_ops);
CREATE INDEX "obligation_agenda_item_title_trgm_idx" ON "obligation" USING GIN ("agenda_item_title" gin_trgm_ops);
