-- Mandate periods and review clauses (issue 17).
--
-- MANDATE_RENEWAL: "decides to extend the mandate of ... until 31 May 2025" gives the adopting body an
-- obligation due on the day the mandate runs out, so the tracker shows when each mandate lapses. The new
-- value is only added here, never used in the same transaction (PostgreSQL forbids that).
ALTER TYPE "obligation_kind" ADD VALUE IF NOT EXISTS 'MANDATE_RENEWAL';

-- Whether a resolution provides for its own review or end ("decides to review ...", "shall apply only
-- during ..."), which the UN80 mandate review counts, and the clauses themselves as the parser read them:
-- [{"paragraph": "12", "kind": "REVIEW" | "SUNSET", "quote": "..."}]. Resolutions imported before this
-- migration hold none until they are imported again.
ALTER TABLE "resolution"
  ADD COLUMN "has_review_clause" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "review_clauses" JSONB NOT NULL DEFAULT '[]'::jsonb;
