-- How many documents prove each obligation fulfilled (links with relation FULFILS that nobody rejected), kept by the
-- database on every change to obligation_document, however it is made: the API, an import, the follow-up finder, a
-- document or resolution deleted with its links, or SQL typed by hand.
--
-- Why (issue 5, item 9): "overdue" and "proven" asked, for every obligation they looked at, whether such a link
-- exists. The lists paid for it on every request: a NOT EXISTS anti-join to plan and run for `overdue`, and a LATERAL
-- count beside every page. With this column the page of overdue obligations costs PostgreSQL a third less
-- (pgbench, 10 clients: 2,270 -> 3,090 pages/s; docs/performance.md, Lists), and the dashboard, which left proof
-- out of its overdue counts, can count as the list does.
--
-- A counter, not a flag recomputed by EXISTS: two transactions changing links of the same obligation each add their
-- own +1 or -1 to the row's latest version (the second waits for the first's row lock), so the count stays right
-- without either seeing the other's links.
ALTER TABLE "obligation" ADD COLUMN "fulfilling_links" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "obligation" ADD CONSTRAINT "obligation_fulfilling_links_check" CHECK ("fulfilling_links" >= 0);

UPDATE "obligation" AS o
   SET "fulfilling_links" = c.n
  FROM (SELECT "obligation_id", count(*)::integer AS n
          FROM "obligation_document"
         WHERE "relation" = 'FULFILS' AND "review_state" <> 'REJECTED'
         GROUP BY "obligation_id") AS c
 WHERE c."obligation_id" = o."id";

CREATE FUNCTION "obligation_document_count_fulfilling"() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE TRIGGER "obligation_document_count_fulfilling"
  AFTER INSERT OR UPDATE OR DELETE ON "obligation_document"
  FOR EACH ROW EXECUTE FUNCTION "obligation_document_count_fulfilling"();

-- TRUNCATE fires no row triggers: emptying the links by hand must not leave obligations counted as proven.
CREATE FUNCTION "obligation_document_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "obligation" SET "fulfilling_links" = 0 WHERE "fulfilling_links" <> 0;
  RETURN NULL;
END
$$;

CREATE TRIGGER "obligation_document_truncated"
  AFTER TRUNCATE ON "obligation_document"
  FOR EACH STATEMENT EXECUTE FUNCTION "obligation_document_truncated"();
