-- Issue 16: the agenda of coming sessions and calendar feeds.
--
-- 1. The Main Committee whose report a resolution was adopted on ("[on the report of the Special Political and
--    Decolonization Committee (Fourth Committee) (A/78/417)]"), or PLENARY ("[without reference to a Main
--    Committee]"): the agenda allocates each item to the plenary or a Main Committee by it. The parser reads it at
--    import; resolutions imported before this migration get it from their stored text with the same reading, so an
--    existing database does not need a re-import.
CREATE TYPE "main_committee" AS ENUM ('PLENARY', 'FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'SIXTH');

ALTER TABLE "resolution" ADD COLUMN "main_committee" "main_committee";

UPDATE "resolution" AS r
   SET "main_committee" = CASE
         WHEN h.head ~* 'without\s+reference\s+to\s+a\s+Main\s+Committee' THEN 'PLENARY'
         WHEN h.bracket ~* '\mFirst\s+Committee' THEN 'FIRST'
         WHEN h.bracket ~* '\mSecond\s+Committee' THEN 'SECOND'
         WHEN h.bracket ~* '\mThird\s+Committee' THEN 'THIRD'
         WHEN h.bracket ~* '\mFourth\s+Committee' THEN 'FOURTH'
         WHEN h.bracket ~* '\mFifth\s+Committee' THEN 'FIFTH'
         WHEN h.bracket ~* '\mSixth\s+Committee' THEN 'SIXTH'
       END::"main_committee"
  FROM (SELECT "id",
               left("source_text", 20000) AS head,
               substring(left("source_text", 20000) from '(?i)on\s+the\s+report\s+of\s+the[^\]]{0,300}') AS bracket
          FROM "resolution") AS h
 WHERE h."id" = r."id" AND r."body" = 'GENERAL_ASSEMBLY';

-- 2. Calendar feeds: a calendar program cannot sign in, so the feed's address carries a secret; rotating it revokes
--    every copy of the old address. A feed is of one scope: a responsible office's due dates, a body's session, or a
--    saved obligations filter (kept as the list's filter object). owner_id is null for feeds shared by everyone;
--    once accounts exist it names the user whose feed it is, so each user's feeds are theirs.
CREATE TYPE "calendar_feed_scope" AS ENUM ('OFFICE', 'SESSION', 'OBLIGATION_FILTER');

CREATE TABLE "calendar_feed" (
  "id" SERIAL NOT NULL,
  "name" TEXT NOT NULL,
  "scope" "calendar_feed_scope" NOT NULL,
  "responsible_office" TEXT,
  "body" "body",
  "session_number" INTEGER,
  "filter" JSONB,
  "secret" TEXT NOT NULL,
  "owner_id" TEXT,
  "created_by" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "secret_rotated_at" TIMESTAMPTZ(3),
  "version" INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT "calendar_feed_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "calendar_feed_secret_key" ON "calendar_feed"("secret");
CREATE INDEX "calendar_feed_owner_id_idx" ON "calendar_feed"("owner_id");
