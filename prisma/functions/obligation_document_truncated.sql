-- TRUNCATE fires no row triggers: emptying the links by hand must not leave obligations counted as proven.
-- Trigger: obligation_document_truncated, AFTER TRUNCATE ON obligation_document, for each statement.
-- Since: 20261123200000_obligation_fulfilling_links. See docs/adr/0004-trigger-kept-proof-count.md.

CREATE OR REPLACE FUNCTION "obligation_document_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "obligation" SET "fulfilling_links" = 0 WHERE "fulfilling_links" <> 0;
  RETURN NULL;
END
$$;
