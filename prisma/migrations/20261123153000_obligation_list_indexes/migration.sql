-- The obligations list (issue 5, item 9: p95 <= 50 ms with 100,000 obligations under 20 clients).
-- EXPLAIN ANALYZE in `npm run bench:lists -w @mandate-tracker/api -- --explain 1` showed every page sorted the whole
-- table (the default sort is due session, then id) and the case-insensitive office filter (ILIKE) read every row.

-- The default sort, ORDER BY due_session ASC NULLS LAST, id ASC: the first page is read from the index in order.
-- CreateIndex
CREATE INDEX "obligation_due_session_id_idx" ON "obligation"("due_session", "id");

-- The same sort descending, ORDER BY due_session DESC NULLS LAST, id ASC. Prisma cannot express NULLS LAST in an
-- index (only sort: Desc, which is NULLS FIRST in PostgreSQL), so this index lives in this file only.
CREATE INDEX "obligation_due_session_desc_id_idx" ON "obligation"("due_session" DESC NULLS LAST, "id");

-- responsibleOffice is matched case-insensitively (Prisma's mode: 'insensitive' sends ILIKE), which a b-tree cannot
-- answer; a trigram index can. Prisma cannot declare the extension without a preview feature, so both live here only.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "obligation_responsible_office_trgm_idx" ON "obligation" USING GIN ("responsible_office" gin_trgm_ops);
