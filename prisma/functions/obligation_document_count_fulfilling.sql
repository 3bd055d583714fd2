-- Keeps obligation.fulfilling_links: how many links prove the obligation (relation FULFILS, not rejected).
-- Trigger: obligation_document_count_fulfilling, AFTER INSERT OR UPDATE OR DELETE ON obligation_document, for each row.
-- Since: 20261123200000_obligation_fulfilling_links; this body from 20261123230000_fulfilling_links_exact.
-- See docs/adr/0004-trigger-kept-proof-count.md.

CREATE OR REPLACE FUNCTION "obligation_document_count_fulfilling"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  counted_before integer := 0;
  counted_after integer := 0;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."relation" = 'FULFILS' AND OLD."review_state" <> 'REJECTED' THEN
    counted_before := 1;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."relation" = 'FULFILS' AND NEW."review_state" <> 'REJECTED' THEN
    counted_after := 1;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."obligation_id" = NEW."obligation_id" THEN
    IF counted_after <> counted_before THEN
      UPDATE "obligation" SET "fulfilling_links" = "fulfilling_links" + counted_after - counted_before WHERE "id" = NEW."obligation_id";
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NOT EXISTS (SELECT 1 FROM "obligation" WHERE "id" = OLD."obligation_id") THEN
    -- The obligation's id changed and its links followed (ON UPDATE CASCADE): its count came with its row.
    IF counted_after <> counted_before THEN
      UPDATE "obligation" SET "fulfilling_links" = "fulfilling_links" + counted_after - counted_before WHERE "id" = NEW."obligation_id";
    END IF;
    RETURN NULL;
  END IF;
  -- When the obligation itself is being deleted (links go by cascade), its row is already gone: nothing to update.
  IF counted_before = 1 THEN
    UPDATE "obligation" SET "fulfilling_links" = "fulfilling_links" - 1 WHERE "id" = OLD."obligation_id";
  END IF;
  IF counted_after = 1 THEN
    UPDATE "obligation" SET "fulfilling_links" = "fulfilling_links" + 1 WHERE "id" = NEW."obligation_id";
  END IF;
  RETURN NULL;
END
$$;
