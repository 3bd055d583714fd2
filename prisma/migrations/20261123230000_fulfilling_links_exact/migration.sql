-- Two ways migration 20261123200000 could leave obligation.fulfilling_links wrong (found in review):
--
-- 1. It counted the links before its trigger existed without locking obligation_document, so a link added,
--    removed or reviewed by another process while the migration ran was never counted. Here the links are locked
--    against writes (reads go on) and every count is made again, exactly, with the trigger in place.
-- 2. obligation_document.obligation_id follows an obligation whose id changes (ON UPDATE CASCADE). The count moves
--    with the obligation's row, and the trigger then moved each link's share again. The trigger now leaves a link
--    alone when its old obligation no longer exists: that is the obligation renumbered, not the link moved.
LOCK TABLE "obligation_document" IN SHARE ROW EXCLUSIVE MODE;

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

UPDATE "obligation" AS o
   SET "fulfilling_links" = coalesce(c.n, 0)
  FROM "obligation" AS whole
  LEFT JOIN (SELECT "obligation_id", count(*)::integer AS n
               FROM "obligation_document"
              WHERE "relation" = 'FULFILS' AND "review_state" <> 'REJECTED'
              GROUP BY "obligation_id") AS c ON c."obligation_id" = whole."id"
 WHERE whole."id" = o."id" AND o."fulfilling_links" IS DISTINCT FROM coalesce(c.n, 0);
