-- The resolutions' and documents' words filter (`q`, issue 5, item 9) as the obligations' one (migration
-- 20261123190000): one lowercased column per row, symbol and title one per line, matched with a case-sensitive
-- LIKE. ILIKE lowercased both sides on every row the page walked: a symbol search ("A/79") tested some 2,900
-- documents' symbols to find 25, and with LIKE the same walk costs a third (pgbench, 10 clients: 890 -> 3,000
-- pages/s), so titles can be searched for every word again.

ALTER TABLE "document" ADD COLUMN "search_words" text
  GENERATED ALWAYS AS (lower("symbol" || E'\n' || coalesce("title", ''))) STORED;
CREATE INDEX "document_search_words_trgm_idx" ON "document" USING GIN ("search_words" gin_trgm_ops);
DROP INDEX "document_symbol_trgm_idx";
DROP INDEX "document_title_trgm_idx";

ALTER TABLE "resolution" ADD COLUMN "search_words" text
  GENERATED ALWAYS AS (lower("symbol" || E'\n' || "title")) STORED;
CREATE INDEX "resolution_search_words_trgm_idx" ON "resolution" USING GIN ("search_words" gin_trgm_ops);
DROP INDEX "resolution_symbol_trgm_idx";
DROP INDEX "resolution_title_trgm_idx";
