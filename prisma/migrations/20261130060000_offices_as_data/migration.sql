-- Responsible offices become a managed list (issue 14, item 4; docs/adr/0008-offices-referenced-by-label.md).
-- Obligations, calendar feeds and editors' office limits keep naming an office by its label (its abbreviation,
-- or its name when it has none), now a foreign key to "office"."label": every reader of responsible_office (lists,
-- search, exports, compliance, calendar) keeps working, and renaming an office carries to every row that names it.

CREATE TABLE "office" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "abbreviation" TEXT,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    -- What obligations, feeds and limits store and people see in lists: "UNMAS", not the full name.
    "label" TEXT GENERATED ALWAYS AS (COALESCE("abbreviation", "name")) STORED,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "office_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "office_name_not_blank" CHECK (btrim("name") <> ''),
    CONSTRAINT "office_abbreviation_not_blank" CHECK ("abbreviation" IS NULL OR btrim("abbreviation") <> '')
);
CREATE UNIQUE INDEX "office_label_key" ON "office"("label");
-- Case-insensitive: "unmas" and "UNMAS" are one office. Aliases are checked across offices by the API.
CREATE UNIQUE INDEX "office_name_lower_key" ON "office"(lower("name"));
CREATE UNIQUE INDEX "office_abbreviation_lower_key" ON "office"(lower("abbreviation"));

-- An administrator's rule: an obligation whose actor contains the pattern is suggested this office.
CREATE TABLE "office_suggestion_rule" (
    "id" SERIAL NOT NULL,
    "pattern" TEXT NOT NULL,
    "office_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "office_suggestion_rule_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "office_suggestion_rule_pattern_not_blank" CHECK (btrim("pattern") <> ''),
    CONSTRAINT "office_suggestion_rule_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "office_suggestion_rule_pattern_lower_key" ON "office_suggestion_rule"(lower("pattern"));
CREATE INDEX "office_suggestion_rule_office_id_idx" ON "office_suggestion_rule"("office_id");

-- Offices the seed resolutions and the Secretariat's daily work name, with the names texts use for them, so the
-- free text already typed ("Mine Action Service", "unmas") merges into one office instead of three.
INSERT INTO "office" ("name", "abbreviation", "aliases") VALUES
    ('United Nations Mine Action Service', 'UNMAS', ARRAY['Mine Action Service', 'UN Mine Action Service']),
    ('Department of Political and Peacebuilding Affairs', 'DPPA', ARRAY['Department of Political Affairs']),
    ('Office for the Coordination of Humanitarian Affairs', 'OCHA', ARRAY[]::TEXT[]),
    ('United Nations Development Programme', 'UNDP', ARRAY[]::TEXT[]),
    ('Office for Disarmament Affairs', 'ODA', ARRAY['UNODA', 'Department for Disarmament Affairs']),
    ('Department of Economic and Social Affairs', 'DESA', ARRAY['UN DESA']),
    ('Office of the United Nations High Commissioner for Human Rights', 'OHCHR', ARRAY['Office of the High Commissioner for Human Rights']),
    ('Department for General Assembly and Conference Management', 'DGACM', ARRAY[]::TEXT[]);

INSERT INTO "office_suggestion_rule" ("pattern", "office_id")
SELECT 'Mine Action Service', "id" FROM "office" WHERE "abbreviation" = 'UNMAS';

-- Every office value typed so far, matched case-insensitively against names, abbreviations and aliases.
CREATE TEMPORARY TABLE "office_value" ON COMMIT DROP AS
SELECT DISTINCT btrim(v) AS "value" FROM (
    SELECT "responsible_office" AS v FROM "obligation"
    UNION ALL SELECT "responsible_office" FROM "calendar_feed"
    UNION ALL SELECT unnest("offices") FROM "app_user"
) typed
WHERE v IS NOT NULL AND btrim(v) <> '';

CREATE TEMPORARY TABLE "office_match" ON COMMIT DROP AS
SELECT DISTINCT ON (lower(ov."value")) lower(ov."value") AS "key", o."label"
FROM "office_value" ov
JOIN "office" o ON lower(ov."value") IN (lower(o."name"), lower(o."abbreviation"))
    OR lower(ov."value") IN (SELECT lower(a) FROM unnest(o."aliases") a)
ORDER BY lower(ov."value"), o."id";

-- A value no office knows becomes an office of its own; spellings differing only in case become one.
INSERT INTO "office" ("name")
SELECT min(ov."value") FROM "office_value" ov
WHERE NOT EXISTS (SELECT 1 FROM "office_match" m WHERE m."key" = lower(ov."value"))
GROUP BY lower(ov."value");

INSERT INTO "office_match" ("key", "label")
SELECT lower("name"), "label" FROM "office" o
WHERE NOT EXISTS (SELECT 1 FROM "office_match" m WHERE m."key" = lower(o."name"));

UPDATE "obligation" ob SET "responsible_office" = m."label"
FROM "office_match" m WHERE m."key" = lower(btrim(ob."responsible_office")) AND ob."responsible_office" IS DISTINCT FROM m."label";
UPDATE "obligation" SET "responsible_office" = NULL WHERE btrim("responsible_office") = '';

UPDATE "calendar_feed" f SET "responsible_office" = m."label"
FROM "office_match" m WHERE m."key" = lower(btrim(f."responsible_office")) AND f."responsible_office" IS DISTINCT FROM m."label";
UPDATE "calendar_feed" SET "responsible_office" = NULL WHERE btrim("responsible_office") = '';

UPDATE "app_user" u SET "offices" = COALESCE((
    SELECT array_agg(DISTINCT m."label" ORDER BY m."label")
    FROM unnest(u."offices") v JOIN "office_match" m ON m."key" = lower(btrim(v))
), ARRAY[]::TEXT[])
WHERE cardinality(u."offices") > 0;

-- Renaming an office (a new abbreviation, or a new name without one) changes its label: rows follow.
ALTER TABLE "obligation" ADD CONSTRAINT "obligation_responsible_office_fkey"
    FOREIGN KEY ("responsible_office") REFERENCES "office"("label") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_responsible_office_fkey"
    FOREIGN KEY ("responsible_office") REFERENCES "office"("label") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "calendar_feed_responsible_office_idx" ON "calendar_feed"("responsible_office");

-- An array cannot hold a foreign key: editors' office limits follow a renamed office by trigger, whoever renames.
CREATE OR REPLACE FUNCTION "office_label_renamed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "app_user" SET "offices" = array_replace("offices", OLD."label", NEW."label") WHERE OLD."label" = ANY("offices");
  RETURN NULL;
END
$$;
CREATE TRIGGER "office_label_renamed"
    AFTER UPDATE ON "office"
    FOR EACH ROW WHEN (OLD."label" IS DISTINCT FROM NEW."label") EXECUTE FUNCTION "office_label_renamed"();
