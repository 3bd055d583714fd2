-- Editors' office limits are a text array, which cannot hold a foreign key: a renamed office's label is replaced
-- in every limit that names it, whoever renames (the API, SQL by hand).
-- Trigger: office_label_renamed, AFTER UPDATE ON office, for each row whose label changed.
-- Since: 20261130060000_offices_as_data. See docs/adr/0008-offices-referenced-by-label.md.

CREATE OR REPLACE FUNCTION "office_label_renamed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "app_user" SET "offices" = array_replace("offices", OLD."label", NEW."label") WHERE OLD."label" = ANY("offices");
  RETURN NULL;
END
$$;
